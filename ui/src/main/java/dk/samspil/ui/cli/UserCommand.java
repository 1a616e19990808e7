package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.TenantId;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Sign-in accounts of the web application (kept beside the history, never as events; passwords as bcrypt hashes).",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class})
final class UserCommand extends CommandGroup {

    UserCommand() {
        super("say what to do: user add, user list or user disable");
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
