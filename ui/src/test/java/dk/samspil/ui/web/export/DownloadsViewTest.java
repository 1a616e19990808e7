package dk.samspil.ui.web.export;

import dk.samspil.ui.app.export.ExportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.exports.ExportOptions;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.exports.PastExport;
import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.app.export.RecordedExports;
import dk.samspil.ui.web.overview.OverviewView;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A partner account sees and downloads only the exports made for its partner. */
class DownloadsViewTest extends MiniStudyBrowserlessTest {

    @Autowired
    RecordedExports exports;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ExportService service;

    @BeforeEach
    void oneExportForEachOfTwoPartnersAndAPartnerAccount() throws Exception {
        if (accounts.find("aau-data").isEmpty()) {
            exports.agree(PartnerId.of("aau"), "AAU-DSA-2026-01", true);
            exports.agree(PartnerId.of("ku"), "KU-2026-7", true);
            for (String partner : List.of("aau", "ku")) {
                exports.export(MiniStudy.STUDY, PartnerId.of(partner), Files.createTempDirectory("made").resolve("x"), AsOf.LATEST,
                        new ExportOptions(5, false), "test");
            }
            accounts.add(new Principal("aau-data", Role.PARTNER, Set.of(), Optional.of(PartnerId.of("aau"))), "korrekt hest batteri".toCharArray());
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("aau-data", null,
                List.of(new SimpleGrantedAuthority("ROLE_PARTNER"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_partner_lands_on_its_downloads_and_gets_its_own_export_byte_for_byte() {
        UI.getCurrent().navigate(OverviewView.class);
        assertThat(getCurrentView()).as("a partner sees no study").isInstanceOf(DownloadsView.class);
        @SuppressWarnings("unchecked")
        Grid<PastExport> grid = (Grid<PastExport>) $(Grid.class).id("downloads-grid");
        List<PastExport> listed = grid.getGenericDataView().getItems().toList();
        assertThat(listed).extracting(PastExport::partner).containsOnly("aau").hasSize(1);

        test((Button) test(grid).getCellComponent(0, 5)).click();
        assertThat($(Anchor.class).id("downloads-link").getText()).startsWith("Hent mini-aau-");
        assertThat($(Paragraph.class).id("downloads-same").getText()).isEqualTo("Samme bytes som registreret.");
    }

    @Test
    void another_partners_export_is_refused_by_the_service_itself() {
        signInAsAdmin();
        PastExport ku = service.downloadable().stream().filter(e -> e.partner().equals("ku")).findFirst().orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("aau-data", null,
                List.of(new SimpleGrantedAuthority("ROLE_PARTNER"))));
        assertThatThrownBy(() -> service.download(ku)).isInstanceOf(AccessPolicy.AccessDenied.class)
                .hasMessageContaining("a partner account may only download its own exports");
    }

    private static void signInAsAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }
}
