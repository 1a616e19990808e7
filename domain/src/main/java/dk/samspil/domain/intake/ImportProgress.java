package dk.samspil.domain.intake;

/** Where a long import is, for a progress bar; {@code total} is -1 when not known in advance. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress SILENT = (phase, done, total) -> { };

    void update(String phase, long done, long total);
}
