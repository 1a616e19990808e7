package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportJson;
import dk.samspil.ui.app.reports.Table;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.ui.app.accounts.ApiToken;
import dk.samspil.ui.app.accounts.ApiTokens;
import dk.samspil.ui.app.accounts.IssuedToken;
import dk.samspil.ui.app.accounts.TokenService;
import dk.samspil.ui.app.accounts.UserAccount;
import dk.samspil.ui.app.accounts.AdminService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Sign-in accounts of the web application (kept beside the history, never as events; passwords as bcrypt hashes).",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class, UserCommand.Token.class,
                PersonLevelCommand.class})
final class UserCommand extends CommandGroup {

    /** Token times as a Danish operator reads them. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Copenhagen"));

    UserCommand() {
        super("say what to do: user add, user list, user disable, user token or user person-level");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Create an account. The password is read from standard input (one line), or asked for on a terminal;",
                    "it is never an argument, so it stays out of shell history and process lists."})
    static final class Add implements Callable<Integer> {

        @Mixin
        DataOptions options;

        @Option(names = "--username", required = true, paramLabel = "NAME")
        String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, researcher, programme-manager or partner.")
        String role;

        @Option(names = "--organisation", paramLabel = "KEY", split = ",",
                description = "Organisation(s) granted (researcher: one or more; programme manager: exactly one).")
        List<String> organisations = new ArrayList<>();

        @Option(names = "--partner", paramLabel = "P", description = "The partner a partner account downloads exports for.")
        String partner;

        @Override
        public Integer call() throws IOException {
            Role parsed = role(role);
            for (String organisation : organisations) {
                if (!Keys.isValid(organisation)) {
                    throw new BadInput("--organisation must be keys of [a-z0-9_-]+, was '" + organisation + "'");
                }
            }
            if (partner != null && !Keys.isValid(partner)) {
                throw new BadInput("--partner must be a key of [a-z0-9_-]+, was '" + partner + "'");
            }
            if ((parsed == Role.RESEARCHER || parsed == Role.PROGRAMME_MANAGER) && organisations.isEmpty()) {
                throw new BadInput("a " + role + " needs --organisation");
            }
            Principal principal;
            try {
                principal = new Principal(username, parsed, organisations.stream().map(TenantId::of).collect(Collectors.toSet()),
                        Optional.ofNullable(partner).map(PartnerId::of));
            } catch (IllegalArgumentException e) {
                throw new BadInput(e.getMessage());
            }
            char[] password = password();
            try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
                UserAccount added = app.getBean(AdminService.class).add(principal, password);
                System.out.println("user " + added.username() + " added as " + describe(added));
            } finally {
                Arrays.fill(password, '\0');
            }
            return 0;
        }

        private static char[] password() throws IOException {
            if (System.console() != null && System.console().isTerminal()) {
                char[] first = System.console().readPassword("password: ");
                char[] again = System.console().readPassword("again: ");
                if (first == null || !Arrays.equals(first, again)) {
                    throw new BadInput("the two passwords differ");
                }
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new BadInput("no password on standard input (give it as one line, e.g. from a file: < password.txt)");
            }
            return line.toCharArray();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every account: role, organisations, partner, enabled.")
    static final class ListUsers implements Callable<Integer> {

        @Mixin
        DataOptions options;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
                List<UserAccount> all = app.getBean(AdminService.class).users();
                if (all.isEmpty()) {
                    System.out.println("no users yet; create an admin: ./samspil user add --username admin --role admin");
                }
                for (UserAccount user : all) {
                    System.out.printf("%-24s %s%s%n", user.username(), describe(user), user.enabled() ? "" : " (disabled)");
                }
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stop an account from signing in (it stays listed).")
    static final class Disable implements Callable<Integer> {

        @Mixin
        DataOptions options;

        @Parameters(paramLabel = "NAME")
        String username;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
                app.getBean(AdminService.class).disable(username);
                System.out.println("user " + username + " disabled");
            }
            return 0;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Personal tokens for the read API (/api/v1, Authorization: Bearer); only their SHA-256 is stored.",
            subcommands = {TokenCreate.class, TokenList.class, TokenRevoke.class})
    static final class Token extends CommandGroup {

        Token() {
            super("say what to do: user token create, user token list or user token revoke");
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a token for an account and print it, alone on standard output, this once: it cannot be shown again.",
                    "It stops working when it expires, is revoked or its account is disabled."})
    static final class TokenCreate implements Callable<Integer> {

        @Mixin
        DataOptions options;

        @Option(names = "--username", required = true, paramLabel = "NAME")
        String username;

        @Option(names = "--days", defaultValue = "90", paramLabel = "N", description = "Days until it expires, 1 to 365 (default: ${DEFAULT-VALUE}).")
        int days;

        @Option(names = "--label", defaultValue = "", paramLabel = "TEXT", description = "What the token is for, to recognise it in lists.")
        String label;

        @Override
        public Integer call() {
            if (days < 1 || days > ApiTokens.MAX_LIFETIME.toDays()) {
                throw new BadInput("--days must be 1 to " + ApiTokens.MAX_LIFETIME.toDays() + ", was " + days);
            }
            try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
                IssuedToken issued = app.getBean(TokenService.class).create(username, label, Duration.ofDays(days));
                // stdout carries the token alone, so a script can capture it; everything said goes to stderr
                System.out.println(issued.token());
                System.err.println("token " + issued.info().id() + " for " + username + ", expires " + TIME.format(issued.info().expiresAt())
                        + "; it is shown only this once: keep it secret, revoke it with ./samspil user token revoke " + issued.info().id());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Tokens (never their text): id, user, status, created, expires, last used, label.")
    static final class TokenList implements Callable<Integer> {

        enum Format { text, json }

        @Mixin
        DataOptions options;

        @Option(names = "--username", paramLabel = "NAME", description = "Only this account's tokens (default: everybody's).")
        String username;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
                TokenService service = app.getBean(TokenService.class);
                TokenService.Listing listing = username == null ? service.visible() : service.of(username);
                List<ApiToken> tokens = listing.tokens();
                if (format == Format.json) {
                    System.out.println(ReportJson.write(tokens.stream().map(t -> json(t, listing)).toList()));
                    return 0;
                }
                Table table = new Table("id", "user", "status", "created", "expires", "last used", "label");
                for (ApiToken t : tokens) {
                    table.row(t.id(), t.username(), status(t, listing), time(t.createdAt()),
                            time(t.expiresAt()), time(t.lastUsedAt()), t.label().isEmpty() ? null : t.label());
                }
                System.out.print(tokens.isEmpty() ? "no tokens\n" : table.text());
            }
            return 0;
        }

        private static String status(ApiToken t, TokenService.Listing listing) {
            return listing.status(t).name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        private static Map<String, Object> json(ApiToken t, TokenService.Listing listing) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", t.id());
            fields.put("username", t.username());
            fields.put("label", t.label());
            fields.put("status", status(t, listing));
            fields.put("created_at", t.createdAt());
            fields.put("expires_at", t.expiresAt());
            fields.put("revoked_at", t.revokedAt());
            fields.put("last_used_at", t.lastUsedAt());
            return fields;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Stop a token from working, for good (it stays listed).")
    static final class TokenRevoke implements Callable<Integer> {

        @Mixin
        DataOptions options;

        @Parameters(paramLabel = "ID", description = "The token's id, as user token list shows it.")
        String id;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
                ApiToken revoked = app.getBean(TokenService.class).revoke(id);
                System.out.println("token " + revoked.id() + " of " + revoked.username() + " revoked");
            }
            return 0;
        }
    }

    private static String time(Instant at) {
        return at == null ? null : TIME.format(at);
    }

    static Role role(String text) {
        try {
            return Role.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadInput("--role must be admin, researcher, programme-manager or partner, was '" + text + "'");
        }
    }

    private static String describe(UserAccount user) {
        String role = user.role().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Set<String> organisations = user.organisations().stream().map(TenantId::value).collect(Collectors.toCollection(java.util.TreeSet::new));
        return role + (organisations.isEmpty() ? "" : " of " + String.join(", ", organisations))
                + user.partner().map(p -> " for partner " + p).orElse("");
    }
}
