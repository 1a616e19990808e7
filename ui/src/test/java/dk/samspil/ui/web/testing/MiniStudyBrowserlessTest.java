package dk.samspil.ui.web.testing;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextCustomizerFactories;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A browserless UI over a Spring context whose data folder, a fresh one per test class, holds the mini study. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@WithMockUser(username = "test-admin", roles = "ADMIN")
@ContextCustomizerFactories(FreshDataFolder.class)
public abstract class MiniStudyBrowserlessTest extends SpringBrowserlessTest {

    /** The language a view opens in, as its figures are written there. */
    protected static final Locale DANISH = Locale.of("da");
    protected static final InstrumentRef RK = InstrumentRef.parse("rk@1");

    @Autowired
    protected BundleImporter importer;
    @Autowired
    protected ReadModelSync sync;
    @Autowired
    protected StudyCatalog catalog;

    @BeforeEach
    void importMiniAndOpenLikeABrowser() throws Exception {
        MiniStudy.ensureImported(importer, sync, catalog);
        // a real UI takes the session's language when it boots; the browserless UI starts in the JVM's
        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
    }

    /** Opens a view at an address such as ?wave=w0&amp;asof=700, as a link or the address bar would. */
    protected <T extends Component> T open(Class<T> view, Map<String, String> query) {
        UI.getCurrent().navigate(view, QueryParameters.simple(query));
        return view.cast(getCurrentView());
    }

    /** The value beside a name in a grid of named figures (name in the first column, value in the second). */
    protected String value(Grid<?> grid, String name) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 0).equals(name)) {
                return test(grid).getCellText(row, 1);
            }
        }
        throw new AssertionError("no figure " + name);
    }

    protected <T> Select<T> picker(String id) {
        @SuppressWarnings("unchecked")
        Select<T> picker = find(Select.class).id(id);
        return picker;
    }

    /** A chart option's series, as the chart is given them. */
    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> series(Map<String, Object> option) {
        return (List<Map<String, Object>>) option.get("series");
    }
}
