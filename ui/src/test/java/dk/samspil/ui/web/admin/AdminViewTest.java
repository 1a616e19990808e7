package dk.samspil.ui.web.admin;

import dk.samspil.ui.app.accounts.AdminService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.Role;
import dk.samspil.ui.app.accounts.UserAccount;
import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.runtime.storage.DataDirectory;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminViewTest extends MiniStudyBrowserlessTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    AdminService service;
    @Autowired
    DataDirectory data;

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_adds_and_disables_accounts_and_a_refusal_says_why() {
        open(AdminView.class, Map.of());
        fill("admin-username", "birgit");
        test($(Select.class).id("admin-role")).selectItem("Forsker");
        fill("admin-organisations", "eksempel-kommune");
        $(PasswordField.class).id("admin-password").setValue("kort");
        $(PasswordField.class).id("admin-again").setValue("kort");
        test($(Button.class).id("admin-add")).click();
        assertThat(status()).isEqualTo("Ikke gjort: the password must have at least 12 characters");
        assertThat(accounts.find("birgit")).isEmpty();

        $(PasswordField.class).id("admin-password").setValue("korrekt hest batteri");
        $(PasswordField.class).id("admin-again").setValue("korrekt hest batteri");
        test($(Button.class).id("admin-add")).click();
        assertThat(status()).isEqualTo("Brugeren birgit er oprettet.");
        assertThat(accounts.find("birgit")).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.RESEARCHER));
        Grid<UserAccount> users = (Grid<UserAccount>) $(Grid.class).id("admin-users");
        assertThat(users.getGenericDataView().getItems().map(UserAccount::username)).contains("birgit");

        int row = users.getGenericDataView().getItems().map(UserAccount::username).toList().indexOf("birgit");
        // person-level access is granted and revoked as events, and the user list says which holds
        test(personLevel(users, row)).click();
        assertThat(status()).startsWith("birgit har nu personadgang til eksempel-kommune");
        assertThat(service.personLevelGrants()).anySatisfy(g -> assertThat(g.username()).isEqualTo("birgit"));
        assertThat(personLevel(users, row).getText()).isEqualTo("Fjern personadgang til eksempel-kommune");
        test(personLevel(users, row)).click();
        assertThat(status()).startsWith("birgit har ikke længere personadgang til eksempel-kommune");
        assertThat(service.personLevelGrants()).noneSatisfy(g -> assertThat(g.username()).isEqualTo("birgit"));

        test((Button) test(users).getCellComponent(row, 6)).click();
        assertThat(status()).isEqualTo("Brugeren birgit er spærret.");
        assertThat(accounts.find("birgit")).hasValueSatisfying(u -> assertThat(u.enabled()).isFalse());
    }

    @Test
    void an_admin_erases_a_respondent_after_confirming_and_the_store_is_compacted_at_the_next_start() {
        open(AdminView.class, Map.of());
        fill("admin-erase-id", "p00007");
        test($(Button.class).id("admin-erase")).click();
        test($(ConfirmDialog.class).id("admin-erase-confirm")).confirm();
        assertThat(status()).isEqualTo("p00007 er slettet i 1 organisation(er) sammen med 0 spørgeskemalink(s); læsemodellen er bygget igen uden dem.");
        assertThat(Files.exists(data.root().resolve("compact-event-store"))).as("compaction asked for").isTrue();

        fill("admin-erase-id", "p00007");
        test($(Button.class).id("admin-erase")).click();
        test($(ConfirmDialog.class).id("admin-erase-confirm")).confirm();
        assertThat(status()).startsWith("Ikke gjort: no person 'p00007' is known");
    }

    @Test
    @WithMockUser(username = "r", roles = "RESEARCHER")
    void the_service_refuses_anyone_but_an_admin() {
        assertThatThrownBy(() -> service.users()).isInstanceOf(AccessPolicy.AccessDenied.class).hasMessageContaining("only admins manage users");
        UI.getCurrent().navigate(AdminView.class);
        assertThat(getCurrentView()).isNotInstanceOf(AdminView.class);
    }

    private Button personLevel(Grid<UserAccount> users, int row) {
        return (Button) test(users).getCellComponent(row, 5).getChildren().findFirst().orElseThrow();
    }

    private void fill(String id, String value) {
        test($(TextField.class).id(id)).setValue(value);
    }

    private String status() {
        return $(Paragraph.class).id("admin-status").getText();
    }
}
