package dk.samspil.ui.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Settings of a Samspil installation.
 *
 * @param data folder of the embedded event store and the read model
 * @param k    default minimum number of respondents behind any shown or exported figure
 */
@ConfigurationProperties(prefix = "samspil")
public record SamspilProperties(Path data, Integer k) {

    public static final int DEFAULT_K = 5;

    public SamspilProperties {
        data = data == null ? Path.of("data") : data;
        k = k == null ? DEFAULT_K : k;
        if (k < 1) {
            throw new IllegalArgumentException("samspil.k must be 1 or more, was " + k);
        }
    }
}
