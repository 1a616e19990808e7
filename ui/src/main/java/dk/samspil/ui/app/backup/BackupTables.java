package dk.samspil.ui.app.backup;

import java.util.List;

/**
 * What a backup holds: the history and what lives beside it in the event-store database. Axon's
 * tracking tokens are left out (they belong to the read model, which a restore rebuilds).
 */
public final class BackupTables {

    /** How a column travels through the backup's JSON lines. */
    public enum Kind { LONG, INT, TEXT, BOOLEAN, BYTES, TIME, DATE }

    /** @param since the first backup format version that holds the column; an older backup restores it empty */
    public record Column(String name, Kind kind, int since) {
    }

    /**
     * @param order a unique ordering, so the same store always gives the same file
     * @param since the first backup format version that holds the table; an older backup restores none of its rows
     */
    public record Table(String name, String order, List<Column> columns, int since) {

        Table(String name, String order, List<Column> columns) {
            this(name, order, columns, 1);
        }

        /** The columns a backup of this format version holds, in their order. */
        public List<Column> columns(int version) {
            return columns.stream().filter(c -> c.since() <= version).toList();
        }

        public String file() {
            return "tables/" + name + ".jsonl";
        }

        public String columnList() {
            return columnList(Integer.MAX_VALUE);
        }

        public String columnList(int version) {
            return String.join(", ", columns(version).stream().map(Column::name).toList());
        }
    }

    public static final String EVENTS = "DomainEventEntry";

    public static final List<Table> ALL = List.of(
            new Table(EVENTS, "globalIndex", List.of(col("globalIndex", Kind.LONG), col("aggregateIdentifier", Kind.TEXT),
                    col("sequenceNumber", Kind.LONG), col("type", Kind.TEXT), col("eventIdentifier", Kind.TEXT),
                    col("metaData", Kind.BYTES), col("payload", Kind.BYTES), col("payloadRevision", Kind.TEXT),
                    col("payloadType", Kind.TEXT), col("timeStamp", Kind.TEXT))),
            new Table("SnapshotEventEntry", "aggregateIdentifier, sequenceNumber", List.of(col("aggregateIdentifier", Kind.TEXT),
                    col("sequenceNumber", Kind.LONG), col("type", Kind.TEXT), col("eventIdentifier", Kind.TEXT),
                    col("metaData", Kind.BYTES), col("payload", Kind.BYTES), col("payloadRevision", Kind.TEXT),
                    col("payloadType", Kind.TEXT), col("timeStamp", Kind.TEXT))),
            new Table("person_key", "tenant, pseudonym", List.of(col("tenant", Kind.TEXT), col("pseudonym", Kind.TEXT),
                    col("person_ref", Kind.TEXT), col("secret", Kind.BYTES), col("created_at", Kind.TIME))),
            new Table("partner_secret", "partner", List.of(col("partner", Kind.TEXT), col("secret", Kind.BYTES),
                    col("created_at", Kind.TIME))),
            new Table("questionnaire_invitation", "token_hash", List.of(col("token_hash", Kind.TEXT), col("study", Kind.TEXT),
                    col("wave", Kind.TEXT), col("unit", Kind.TEXT), col("respondent", Kind.TEXT), col("respondent_group", Kind.TEXT),
                    col("respondent_kind", Kind.TEXT), col("issued_at", Kind.TIME), col("used_at", Kind.TIME),
                    // the contact and token sealed under the person's key, for invitations and reminders
                    new Column("contact_scheme", Kind.TEXT, 3), new Column("contact_sealed", Kind.TEXT, 3))),
            // after the invitations: a draft refers to its invitation
            new Table("questionnaire_draft", "token_hash", List.of(col("token_hash", Kind.TEXT), col("scheme", Kind.TEXT),
                    col("sealed", Kind.TEXT), col("saved_at", Kind.TIME))),
            // what went out and what is claimed: a restored repository sends nobody a message twice
            new Table("fieldwork_message", "message_id", List.of(col("message_id", Kind.TEXT), col("token_hash", Kind.TEXT),
                    col("study", Kind.TEXT), col("wave", Kind.TEXT), col("unit", Kind.TEXT), col("kind", Kind.TEXT), col("sent_for", Kind.DATE),
                    col("template", Kind.TEXT), col("state", Kind.TEXT), col("claimed_by", Kind.TEXT), col("claimed_at", Kind.TIME),
                    col("done_at", Kind.TIME), col("failure", Kind.TEXT),
                    // the reference a bounce names the message by
                    new Column("mail_ref", Kind.TEXT, 4)), 3),
            new Table("fieldwork_plan", "study, wave", List.of(col("study", Kind.TEXT), col("wave", Kind.TEXT), col("invite_on", Kind.DATE),
                    col("remind_on", Kind.TEXT), col("language", Kind.TEXT), col("sender", Kind.TEXT), col("base_url", Kind.TEXT),
                    col("planned_by", Kind.TEXT), col("planned_at", Kind.TIME)), 3),
            new Table("fieldwork_template", "study, wave, kind, language", List.of(col("study", Kind.TEXT), col("wave", Kind.TEXT),
                    col("kind", Kind.TEXT), col("language", Kind.TEXT), col("subject", Kind.TEXT), col("body", Kind.TEXT),
                    col("written_by", Kind.TEXT), col("written_at", Kind.TIME)), 4),
            new Table("fieldwork_run", "study, wave, kind, due_on", List.of(col("study", Kind.TEXT), col("wave", Kind.TEXT),
                    col("kind", Kind.TEXT), col("due_on", Kind.DATE), col("claimed_by", Kind.TEXT), col("claimed_at", Kind.TIME),
                    col("done_at", Kind.TIME)), 3),
            // sign-in accounts are settings: a restored repository lets the same people sign in
            new Table("app_user", "username", List.of(col("username", Kind.TEXT), col("password_hash", Kind.TEXT), col("role", Kind.TEXT),
                    col("organisations", Kind.TEXT), col("partner", Kind.TEXT), col("enabled", Kind.BOOLEAN), col("created_at", Kind.TIME),
                    // accounts of people who sign in through the identity provider: who they are there
                    new Column("issuer", Kind.TEXT, 2), new Column("subject", Kind.TEXT, 2))),
            // after the accounts: a token refers to its account; only hashes, as stored
            new Table("api_token", "id", List.of(col("id", Kind.TEXT), col("token_hash", Kind.TEXT), col("username", Kind.TEXT),
                    col("label", Kind.TEXT), col("created_at", Kind.TIME), col("expires_at", Kind.TIME), col("revoked_at", Kind.TIME),
                    col("last_used_at", Kind.TIME)), 2));

    /** The tables a backup of this format version holds, in their order. */
    public static List<Table> of(int version) {
        return ALL.stream().filter(t -> t.since() <= version).toList();
    }

    private BackupTables() {
    }

    private static Column col(String name, Kind kind) {
        return new Column(name, kind, 1);
    }
}
