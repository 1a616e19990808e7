package dk.samspil.ui.web.tokens;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.ui.app.accounts.ApiToken;
import dk.samspil.ui.app.accounts.ApiTokens;
import dk.samspil.ui.app.accounts.TokenService;
import dk.samspil.ui.app.accounts.UserAccount;
import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.web.i18n.Translations;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokensViewTest extends MiniStudyBrowserlessTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokens store;
    @Autowired
    TokenService service;

    @BeforeEach
    void accounts() {
        for (Principal account : new Principal[]{new Principal("anna", Role.ADMIN, Set.of(), Optional.empty()),
                new Principal("tove", Role.RESEARCHER, Set.of(TenantId.of("eksempel-kommune")), Optional.empty()),
                new Principal("ulla", Role.RESEARCHER, Set.of(TenantId.of("eksempel-kommune")), Optional.empty()),
                new Principal("vera", Role.RESEARCHER, Set.of(TenantId.of("eksempel-kommune")), Optional.empty())}) {
            if (accounts.find(account.username()).isEmpty()) {
                accounts.add(account, "korrekt hest batteri".toCharArray());
            }
        }
    }

    @Test
    @WithMockUser(username = "tove", roles = "RESEARCHER")
    @SuppressWarnings("unchecked")
    void a_user_creates_a_token_sees_it_once_and_revokes_it() {
        String othersToken = store.create("ulla", "ullas", Duration.ofDays(30)).token();
        open(TokensView.class, Map.of());
        assertThat($(SideNavItem.class).id("menu-tokens").getLabel()).isEqualTo("API-nøgler");
        assertThat($(H3.class).all()).extracting(H3::getText).contains("Dine nøgler");
        Grid<ApiToken> grid = (Grid<ApiToken>) $(Grid.class).id("tokens-grid");
        assertThat(grid.getGenericDataView().getItems()).as("nobody else's tokens").allMatch(t -> t.username().equals("tove"));
        int before = test(grid).size();
        assertThat($(TextField.class).withId("tokens-new").exists()).isFalse();

        test($(TextField.class).id("tokens-label")).setValue("R på min bærbare");
        test($(Select.class).id("tokens-days")).selectItem("30 dage");
        test($(Button.class).id("tokens-create")).click();

        String token = $(TextField.class).id("tokens-new").getValue();
        assertThat(token).matches("samspil_[A-Za-z0-9_-]{43}");
        assertThat($(Paragraph.class).id("tokens-once").getText()).startsWith("Kopiér nøglen nu og gem den sikkert: den vises kun denne ene gang.");
        assertThat(store.account(token)).map(UserAccount::username).contains("tove");
        assertThat(test(grid).size()).isEqualTo(before + 1);
        int row = grid.getGenericDataView().getItems().map(ApiToken::label).toList().indexOf("R på min bærbare");
        ApiToken created = test(grid).getRow(row);
        assertThat(created.label()).isEqualTo("R på min bærbare");
        assertThat(Duration.between(created.createdAt(), created.expiresAt())).isEqualTo(Duration.ofDays(30));
        assertThat(test(grid).getCellText(row, 0)).isEqualTo("R på min bærbare");
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("Gyldig");
        assertThat(status()).isEqualTo("Nøglen " + created.id() + " er oprettet.");

        // shown once: opening the page again leaves no trace of it
        open(TokensView.class, Map.of());
        assertThat($(TextField.class).withId("tokens-new").exists()).isFalse();
        assertThat($(TextField.class).all()).extracting(TextField::getValue).doesNotContain(token);

        grid = (Grid<ApiToken>) $(Grid.class).id("tokens-grid");
        test((Button) test(grid).getCellComponent(row, 5)).click();
        assertThat(status()).isEqualTo("Nøglen R på min bærbare er tilbagekaldt.");
        assertThat(store.account(token)).isEmpty();
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("Tilbagekaldt");
        assertThat(((Button) test(grid).getCellComponent(row, 5)).isEnabled()).isFalse();
        assertThat(store.account(othersToken)).as("another user's token is untouched").isPresent();
    }

    @Test
    @WithMockUser(username = "tove", roles = "RESEARCHER")
    void the_service_keeps_a_user_to_their_own_tokens() {
        ApiToken ullas = store.create("ulla", "ullas", Duration.ofDays(30)).info();
        store.create("tove", "toves", Duration.ofDays(30));
        assertThat(service.managesAll()).isFalse();
        assertThat(service.visible().tokens()).extracting(ApiToken::username).containsOnly("tove");
        assertThatThrownBy(() -> service.revoke(ullas.id())).isInstanceOf(AccessPolicy.AccessDenied.class)
                .hasMessageContaining("only admins manage users");
        assertThatThrownBy(() -> service.of("ulla")).isInstanceOf(AccessPolicy.AccessDenied.class);
        assertThatThrownBy(() -> service.create("ulla", "mine now", Duration.ofDays(30))).isInstanceOf(AccessPolicy.AccessDenied.class);
        assertThat(store.find(ullas.id()).orElseThrow().revokedAt()).isNull();
        assertThatThrownBy(() -> service.revoke("0123456789ab")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(username = "anna", roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void an_admin_sees_and_revokes_everybodys_tokens_in_english_too() {
        String ullas = store.create("ulla", "ulla's notebook", Duration.ofDays(30)).token();
        UI.getCurrent().setLocale(Translations.ENGLISH);
        open(TokensView.class, Map.of());
        assertThat($(H3.class).all()).extracting(H3::getText).contains("Everybody's tokens");
        Grid<ApiToken> grid = (Grid<ApiToken>) $(Grid.class).id("tokens-grid");
        assertThat(test(grid).getHeaderCell(0)).isEqualTo("User");
        int row = grid.getGenericDataView().getItems().map(ApiToken::label).toList().indexOf("ulla's notebook");
        assertThat(test(grid).getCellText(row, 0)).isEqualTo("ulla");

        test((Button) test(grid).getCellComponent(row, 6)).click();
        assertThat(status()).isEqualTo("Token ulla's notebook revoked.");
        assertThat(store.account(ullas)).isEmpty();
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("Revoked");
    }

    @Test
    @WithMockUser(username = "vera", roles = "RESEARCHER")
    void a_disabled_account_gets_no_token_page_and_its_old_token_is_dead() {
        String old = store.create("vera", "before", Duration.ofDays(30)).token();
        accounts.disable("vera");
        // a session that outlives the disable is refused by the current user, before the page is built
        UI.getCurrent().navigate(TokensView.class);
        assertThat(getCurrentView()).isNotInstanceOf(TokensView.class);
        assertThatThrownBy(() -> store.create("vera", "after", Duration.ofDays(30))).hasMessageContaining("disabled");
        assertThat(store.list("vera")).extracting(ApiToken::label).containsExactly("before");
        assertThat(store.account(old)).isEmpty();
    }

    private String status() {
        return $(Paragraph.class).id("tokens-status").getText();
    }
}
