package dk.samspil.ui.erasure;

import java.util.List;

/**
 * What the serving application tells ./samspil erase: the organisations the person was erased in,
 * the questionnaire links deleted, the position, whether the read model was rebuilt, and whether
 * the event-store file was rewritten now (PostgreSQL) or is at the next start (embedded H2).
 */
public record ErasedWhileServing(List<String> organisations, int links, long position, boolean rebuilt, boolean compactedNow) {
}
