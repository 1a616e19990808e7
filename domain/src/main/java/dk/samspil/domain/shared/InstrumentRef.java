package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An instrument version, written key@version (e.g. rk@1). */
public record InstrumentRef(String key, int version) implements Comparable<InstrumentRef> {

    private static final Pattern REF = Pattern.compile("([a-z0-9_-]+)@([1-9][0-9]{0,5})");

    public InstrumentRef {
        Keys.require(key, "Instrument key");
        if (version < 1) {
            throw new IllegalArgumentException("Instrument version must be 1 or more, was " + version);
        }
    }

    public static boolean isValid(String text) {
        return text != null && REF.matcher(text).matches();
    }

    @JsonCreator
    public static InstrumentRef parse(String text) {
        Matcher m = text == null ? null : REF.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("an instrument is written key@version (e.g. rk@1), was '" + text + "'");
        }
        return new InstrumentRef(m.group(1), Integer.parseInt(m.group(2)));
    }

    @JsonValue
    @Override
    public String toString() {
        return key + "@" + version;
    }

    @Override
    public int compareTo(InstrumentRef other) {
        int byKey = key.compareTo(other.key);
        return byKey != 0 ? byKey : Integer.compare(version, other.version);
    }
}
