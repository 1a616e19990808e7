package dk.samspil.ui.runtime.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Settings of a Samspil installation.
 *
 * @param data folder of the embedded event store and the read model
 * @param k    default minimum number of respondents behind any shown or exported figure
 * @param readModelMemory how much memory DuckDB may hold for the read model (beyond it, it spills to disk), e.g. 1GB
 */
@ConfigurationProperties(prefix = "samspil")
public record SamspilProperties(Path data, Integer k, String readModelMemory) {

    public static final int DEFAULT_K = 5;

    public SamspilProperties {
        data = data == null ? Path.of("data") : data;
        k = k == null ? DEFAULT_K : k;
        readModelMemory = readModelMemory == null || readModelMemory.isBlank() ? "1GB" : readModelMemory.strip();
        if (!readModelMemory.matches("\\d+(\\.\\d+)?\\s*[KMGT]i?B")) {
            throw new IllegalArgumentException("samspil.read-model-memory is an amount such as 512MB or 2GB, was '" + readModelMemory + "'");
        }
        if (k < 1) {
            throw new IllegalArgumentException("samspil.k must be 1 or more, was " + k);
        }
    }
}
