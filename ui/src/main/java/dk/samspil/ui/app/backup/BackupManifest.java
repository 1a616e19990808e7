package dk.samspil.ui.app.backup;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The first thing a restore reads: which format, what was backed up from where and when, and
 * each table's file with its row count and SHA-256.
 *
 * @param eventPosition the newest event in the backup (-1 for an empty store): the backup is the store as it stood there
 */
public record BackupManifest(String format, int version, @JsonProperty("created_at") String createdAt, String database,
                             @JsonProperty("event_position") long eventPosition, List<TableFile> tables) {

    public static final String FORMAT = "samspil-backup";
    /**
     * 2: the accounts' identity-provider link and the API tokens; 3: the links' sealed contacts and the fieldwork
     * tables; 4: the waves' own message texts and the mails' bounce references. Older backups restore without them.
     */
    public static final int VERSION = 4;
    public static final String FILE = "manifest.json";

    public record TableFile(String name, String file, long rows, String sha256) {
    }

    public long rows(String table) {
        return tables.stream().filter(t -> t.name().equals(table)).mapToLong(TableFile::rows).sum();
    }
}
