package dk.samspil.ui.cli;

import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.projections.access.PersonLevelGrants;
import dk.samspil.ui.app.accounts.AdminService;
import dk.samspil.ui.runtime.launch.Launcher;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "person-level", mixinStandardHelpOptions = true,
        description = {"Grant (or with --revoke, revoke) a researcher person-level access to an organisation: the case matrix,",
                "research exports, and figures at every moment rather than only at release points. Recorded as an event.",
                "Without --username, lists the grants in force."})
final class PersonLevelCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--username", paramLabel = "NAME", description = "The researcher's account.")
    String username;

    @Option(names = "--organisation", paramLabel = "KEY", description = "One of the researcher's organisations.")
    String organisation;

    @Option(names = "--revoke", description = "Revoke the grant instead: from now on, release points only.")
    boolean revoke;

    @Override
    public Integer call() {
        if (username == null) {
            if (organisation != null || revoke) {
                throw new BadInput("--organisation and --revoke need --username");
            }
            return list();
        }
        if (organisation == null || !Keys.isValid(organisation)) {
            throw new BadInput("--organisation must be a key of [a-z0-9_-]+, was '" + organisation + "'");
        }
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            try {
                app.getBean(AdminService.class).personLevel(username, TenantId.of(organisation), !revoke);
            } catch (IllegalArgumentException e) {
                throw new BadInput(e.getMessage());
            }
            System.out.println("person-level access to " + organisation + (revoke ? " revoked from " : " granted to ") + username);
        }
        return 0;
    }

    private Integer list() {
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            List<PersonLevelGrants.Grant> grants = app.getBean(AdminService.class).personLevelGrants();
            if (grants.isEmpty()) {
                System.out.println("no person-level grants: researchers read figures at release points only");
            }
            for (PersonLevelGrants.Grant grant : grants) {
                System.out.printf("%-24s %s (granted by %s)%n", grant.username(), grant.organisation(), grant.grantedBy());
            }
        }
        return 0;
    }
}
