package dk.samspil.domain.access;

/** What a signed-in user is to the repository; each user has exactly one. */
public enum Role {
    /** Runs the repository: users, imports, erasure, every organisation. */
    ADMIN,
    /** Studies of the organisations granted to them: every figure, person-level ones included, imports and exports. */
    RESEARCHER,
    /** Their own organisation's studies: every aggregate figure, and registering interventions and changes. */
    PROGRAMME_MANAGER,
    /** An academic partner: downloads its own exports, nothing else. */
    PARTNER
}
