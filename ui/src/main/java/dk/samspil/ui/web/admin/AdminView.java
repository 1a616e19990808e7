package dk.samspil.ui.web.admin;

import dk.samspil.ui.app.accounts.AdminService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.privacy.PersonErased;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.ui.app.accounts.UserAccount;
import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.app.erasure.Erasure;
import dk.samspil.ui.web.MainLayout;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Accounts (list, add, disable) and erasure of a person, for admins; the service checks the policy again. */
@Route(value = "admin", layout = MainLayout.class)
@Menu(title = "admin.menu", order = 12)
@RolesAllowed("ADMIN")
public class AdminView extends Div implements AfterNavigationObserver {

    private final AdminService service;
    private final Grid<UserAccount> users = new Grid<>();
    private final Grid<UserAccounts.Waiting> waiting = new Grid<>();
    private final Paragraph status = new Paragraph();
    /** "username organisation" of every person-level grant in force, read with the user list. */
    private Set<String> personLevel = Set.of();

    public AdminView(AdminService service) {
        this.service = service;
        addClassName("admin-view");
        status.setId("admin-status");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        removeAll();
        users.removeAllColumns();
        users.setId("admin-users");
        users.addColumn(UserAccount::username).setHeader(getTranslation("admin.column.username")).setAutoWidth(true);
        users.addColumn(u -> getTranslation("admin.role." + u.role().name())).setHeader(getTranslation("admin.column.role")).setAutoWidth(true);
        users.addColumn(u -> u.organisations().stream().map(TenantId::value).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.column.organisations"));
        users.addColumn(u -> u.partner().map(PartnerId::value).orElse("")).setHeader(getTranslation("admin.column.partner"));
        users.addColumn(u -> u.enabled() ? "✓" : "–").setHeader(getTranslation("admin.column.enabled")).setAutoWidth(true);
        users.addComponentColumn(this::personLevel).setHeader(getTranslation("admin.column.person-level"));
        users.addComponentColumn(u -> {
            Button disable = new Button(getTranslation("admin.disable"), click -> act(() -> {
                service.disable(u.username());
                return getTranslation("admin.disabled", u.username());
            }));
            disable.setEnabled(u.enabled());
            return disable;
        });
        users.setAllRowsVisible(true);
        refresh();
        add(new H2(getTranslation("admin.title")), status, new H3(getTranslation("admin.users")),
                new Paragraph(getTranslation("admin.users.intro")), users, waitingForm(), addForm(), eraseForm());
    }

    /** A researcher's person-level access per organisation: granted or not, and the button that changes it (an event). */
    private HorizontalLayout personLevel(UserAccount user) {
        HorizontalLayout cell = new HorizontalLayout();
        if (user.role() != Role.RESEARCHER) {
            return cell;
        }
        for (TenantId organisation : user.organisations().stream().sorted(java.util.Comparator.comparing(TenantId::value)).toList()) {
            boolean granted = personLevel.contains(user.username() + " " + organisation.value());
            Button toggle = new Button(getTranslation(granted ? "admin.person-level.revoke" : "admin.person-level.grant", organisation.value()),
                    click -> act(() -> {
                        service.personLevel(user.username(), organisation, !granted);
                        return getTranslation(granted ? "admin.person-level.revoked" : "admin.person-level.granted", user.username(),
                                organisation.value());
                    }));
            toggle.setId("person-level-" + user.username() + "-" + organisation.value());
            cell.add(toggle);
        }
        return cell;
    }

    private void refresh() {
        personLevel = service.personLevelGrants().stream().map(g -> g.username() + " " + g.organisation().value())
                .collect(Collectors.toSet());
        users.setItems(service.users());
    }

    /** Who signed in through the identity provider and waits for a role; granting one is the admin's decision. */
    private Div waitingForm() {
        waiting.removeAllColumns();
        waiting.setId("admin-waiting");
        waiting.addColumn(UserAccounts.Waiting::username).setHeader(getTranslation("admin.column.username")).setAutoWidth(true);
        waiting.addColumn(UserAccounts.Waiting::issuer).setHeader(getTranslation("admin.column.issuer"));
        waiting.addColumn(w -> w.since().toString()).setHeader(getTranslation("admin.column.since")).setAutoWidth(true);
        waiting.setAllRowsVisible(true);
        waiting.setItems(service.waiting());
        Select<Role> role = roles("admin-grant-role");
        TextField organisations = new TextField(getTranslation("admin.field.organisations"));
        organisations.setId("admin-grant-organisations");
        TextField partner = new TextField(getTranslation("admin.field.partner"));
        partner.setId("admin-grant-partner");
        Button grant = new Button(getTranslation("admin.grant"), click -> act(() -> {
            UserAccounts.Waiting who = waiting.asSingleSelect().getValue();
            if (who == null) {
                throw new IllegalArgumentException(getTranslation("admin.grant.choose"));
            }
            service.grant(scope(who.username(), role, organisations, partner));
            return getTranslation("admin.granted", who.username(), getTranslation("admin.role." + role.getValue().name()));
        }));
        grant.setId("admin-grant");
        Div form = new Div(new H3(getTranslation("admin.waiting")), new Paragraph(getTranslation("admin.waiting.intro")), waiting, role,
                organisations, partner, grant);
        form.addClassName("admin-form");
        return form;
    }

    private Select<Role> roles(String id) {
        Select<Role> role = new Select<>();
        role.setId(id);
        role.setLabel(getTranslation("admin.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));
        role.setValue(Role.RESEARCHER);
        return role;
    }

    private static Principal scope(String username, Select<Role> role, TextField organisations, TextField partner) {
        Set<TenantId> granted = Arrays.stream(organisations.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(TenantId::of).collect(Collectors.toSet());
        return new Principal(username, role.getValue(), granted,
                Optional.of(partner.getValue().strip()).filter(s -> !s.isEmpty()).map(PartnerId::of));
    }

    private Div addForm() {
        TextField username = new TextField(getTranslation("admin.field.username"));
        username.setId("admin-username");
        Select<Role> role = roles("admin-role");
        TextField organisations = new TextField(getTranslation("admin.field.organisations"));
        organisations.setId("admin-organisations");
        TextField partner = new TextField(getTranslation("admin.field.partner"));
        partner.setId("admin-partner");
        PasswordField password = new PasswordField(getTranslation("admin.field.password"));
        password.setId("admin-password");
        PasswordField again = new PasswordField(getTranslation("admin.field.again"));
        again.setId("admin-again");
        Button add = new Button(getTranslation("admin.add"), click -> act(() -> {
            if (!password.getValue().equals(again.getValue())) {
                throw new IllegalArgumentException(getTranslation("admin.passwordsDiffer"));
            }
            UserAccount added = service.add(scope(username.getValue().strip(), role, organisations, partner), password.getValue().toCharArray());
            password.clear();
            again.clear();
            return getTranslation("admin.added", added.username());
        }));
        add.setId("admin-add");
        Div form = new Div(new H3(getTranslation("admin.add")), username, role, organisations, partner, password, again, add);
        form.addClassName("admin-form");
        return form;
    }

    private Div eraseForm() {
        Select<PersonErased.ErasedAs> kind = new Select<>();
        kind.setId("admin-erase-kind");
        kind.setLabel(getTranslation("admin.erase.kind"));
        kind.setItems(PersonErased.ErasedAs.values());
        kind.setItemLabelGenerator(k -> getTranslation(k == PersonErased.ErasedAs.RESPONDENT ? "admin.erase.respondent" : "admin.erase.citizen"));
        kind.setValue(PersonErased.ErasedAs.RESPONDENT);
        TextField id = new TextField(getTranslation("admin.erase.id"));
        id.setId("admin-erase-id");
        TextField organisation = new TextField(getTranslation("admin.erase.organisation"));
        organisation.setId("admin-erase-organisation");
        Button erase = new Button(getTranslation("admin.erase.submit"), click -> {
            String who = id.getValue().strip();
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("admin.erase.confirm.title", who),
                    getTranslation("admin.erase.confirm.text", who), getTranslation("admin.erase.confirm.yes"), yes -> act(() -> {
                        Erasure.Erased erased = service.erase(RespondentId.of(who),
                                Optional.of(organisation.getValue().strip()).filter(s -> !s.isEmpty()).map(TenantId::of), kind.getValue());
                        id.clear();
                        return getTranslation("admin.erase.done", who, erased.people().size(), erased.links());
                    }));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("admin.erase.confirm.no"));
            confirm.setId("admin-erase-confirm");
            confirm.open();
        });
        erase.setId("admin-erase");
        Div form = new Div(new H3(getTranslation("admin.erase")), new Paragraph(getTranslation("admin.erase.intro")), kind, id, organisation,
                erase);
        form.addClassName("admin-form");
        return form;
    }

    private interface Action {
        String run() throws Exception;
    }

    /** Runs an action and says what happened, or what was refused and why; the user list shows the result. */
    private void act(Action action) {
        try {
            status.setText(action.run());
            status.removeClassName("admin-refused");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status.setText(getTranslation("admin.refused", "interrupted"));
        } catch (Exception e) {
            status.setText(getTranslation("admin.refused", e.getMessage()));
            status.addClassName("admin-refused");
        }
        refresh();
        waiting.setItems(service.waiting());
    }
}
