package dk.samspil.ui.app.replay;

/** Told the read model's position while it is brought up to date or rebuilt, and the head of the store it moves towards. */
@FunctionalInterface
public interface RebuildProgress {

    void at(long position, long head);
}
