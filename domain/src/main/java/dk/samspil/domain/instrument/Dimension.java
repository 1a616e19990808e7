package dk.samspil.domain.instrument;

import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.LocalizedText;

/** A group of items reported together (e.g. leadership's framing / engaged / involving). */
public record Dimension(String key, LocalizedText label) {

    public Dimension {
        Keys.require(key, "Dimension key");
    }
}
