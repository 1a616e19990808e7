package dk.samspil.domain.intake;

/** Something a bundle stated, with where it stated it, so a later rejection can point at the line. */
public record Stated<T>(T value, String file, int line) {
}
