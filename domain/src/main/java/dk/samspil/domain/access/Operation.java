package dk.samspil.domain.access;

/** Everything the repository lets someone do, at the grain access is decided and recorded. */
public enum Operation {
    VIEW_OVERVIEW(Kind.AGGREGATES),
    VIEW_MATRIX(Kind.AGGREGATES),
    VIEW_NETWORK(Kind.AGGREGATES),
    VIEW_PROFILE(Kind.AGGREGATES),
    VIEW_TIMELINE(Kind.AGGREGATES),
    VIEW_EFFECTS(Kind.AGGREGATES),
    VIEW_HISTORY(Kind.AGGREGATES),
    VIEW_CASE_MATRIX(Kind.PERSON_LEVEL),
    RELEASE_WAVE(Kind.RELEASE),
    /** A wave's invitations, reminders and response while it is open: who may release its figures runs it. */
    RUN_FIELDWORK(Kind.RELEASE),
    REGISTER_INTERVENTION(Kind.REGISTER),
    REGISTER_CHANGE(Kind.REGISTER),
    IMPORT_BUNDLE(Kind.IMPORT),
    EXPORT_RESEARCH(Kind.EXPORT),
    DOWNLOAD_EXPORT(Kind.DOWNLOAD),
    ERASE_PERSON(Kind.ADMINISTER),
    MANAGE_USERS(Kind.ADMINISTER),
    REVIEW_ACCESS_LOG(Kind.ADMINISTER);

    /** The kinds the policy decides by. */
    public enum Kind {
        AGGREGATES, PERSON_LEVEL, RELEASE, REGISTER, IMPORT, EXPORT, DOWNLOAD, ADMINISTER
    }

    private final Kind kind;

    Operation(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Person-level reads and every export are recorded as access events, for admins to review. */
    public boolean recorded() {
        return kind == Kind.PERSON_LEVEL || kind == Kind.EXPORT || kind == Kind.DOWNLOAD;
    }
}
