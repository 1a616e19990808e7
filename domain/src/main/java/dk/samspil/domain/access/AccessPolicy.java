package dk.samspil.domain.access;

import dk.samspil.domain.shared.TenantId;

/**
 * Who may do what to whose data (issue 8's roles). The one place the rules live: services ask it
 * before every query and command, so hiding a button is never the only guard.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public record Decision(boolean allowed, String reason) {
    }

    public static Decision decide(Principal who, Operation operation, Resource what) {
        return switch (who.role()) {
            case ADMIN -> allow("admins may do everything");
            case RESEARCHER -> switch (operation.kind()) {
                case AGGREGATES, RELEASE, IMPORT -> granted(who, what);
                // exports carry figures of any moment and, under an agreement, item-level answers: person-level work
                case PERSON_LEVEL, EXPORT, DOWNLOAD -> personLevel(who, what);
                case REGISTER -> deny("interventions and changes are registered by programme managers");
                case ADMINISTER -> deny("only admins " + verb(operation));
            };
            case PROGRAMME_MANAGER -> switch (operation.kind()) {
                case AGGREGATES, REGISTER -> granted(who, what);
                case PERSON_LEVEL -> deny("person-level figures are for researchers of the organisation");
                case RELEASE -> deny("waves are released by researchers of the organisation");
                case IMPORT, EXPORT, DOWNLOAD -> deny("imports and research exports are made by researchers");
                case ADMINISTER -> deny("only admins " + verb(operation));
            };
            case PARTNER -> operation.kind() == Operation.Kind.DOWNLOAD && what.partner().isPresent() && what.partner().equals(who.partner())
                    ? allow("a partner downloads its own exports")
                    : deny("a partner account may only download its own exports");
        };
    }

    /**
     * Whether the principal reads an organisation's figures at every moment (every event) or only at
     * release points, where a release decides which figures combine safely (issue 17). Figures that
     * differ by one event single out whoever that event is about, so reading every moment is
     * person-level: admins, and researchers an admin granted it. Programme managers lead the very
     * people who rate; partners see only exports.
     */
    public static boolean readsEveryMoment(Principal who, TenantId organisation) {
        return switch (who.role()) {
            case ADMIN -> true;
            case RESEARCHER -> who.personLevel().contains(organisation) && who.organisations().contains(organisation);
            case PROGRAMME_MANAGER, PARTNER -> false;
        };
    }

    /** @throws AccessDenied when the principal may not */
    public static void require(Principal who, Operation operation, Resource what) {
        Decision decision = decide(who, operation, what);
        if (!decision.allowed()) {
            throw new AccessDenied(who, operation, decision.reason());
        }
    }

    private static Decision granted(Principal who, Resource what) {
        if (what.organisation().isEmpty()) {
            return deny("the operation needs an organisation");
        }
        return who.organisations().contains(what.organisation().get())
                ? allow("organisation " + what.organisation().get() + " is granted to " + who.username())
                : deny("organisation " + what.organisation().get() + " is not granted to " + who.username());
    }

    private static Decision personLevel(Principal who, Resource what) {
        Decision granted = granted(who, what);
        if (!granted.allowed()) {
            return granted;
        }
        return who.personLevel().contains(what.organisation().orElseThrow())
                ? allow("person-level access to " + what.organisation().get() + " is granted to " + who.username())
                : deny("person-level access to " + what.organisation().get() + " is not granted to " + who.username()
                + " (an admin grants it: ./samspil user person-level)");
    }

    private static String verb(Operation operation) {
        return switch (operation) {
            case ERASE_PERSON -> "erase people";
            case MANAGE_USERS -> "manage users";
            default -> "review the access log";
        };
    }

    private static Decision allow(String reason) {
        return new Decision(true, reason);
    }

    private static Decision deny(String reason) {
        return new Decision(false, reason);
    }

    /** The principal may not do this; the message says why, without data of the resource. */
    public static final class AccessDenied extends RuntimeException {
        public AccessDenied(Principal who, Operation operation, String reason) {
            this(who.username() + " may not " + operation.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + reason);
        }

        public AccessDenied(String message) {
            super(message);
        }
    }
}
