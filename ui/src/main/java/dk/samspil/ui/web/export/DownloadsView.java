package dk.samspil.ui.web.export;

import dk.samspil.ui.app.export.ExportService;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import dk.samspil.projections.exports.PastExport;
import dk.samspil.ui.web.MainLayout;
import jakarta.annotation.security.RolesAllowed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A partner's page: the exports recorded for it, each made again byte for byte to download. The
 * service decides what may be listed and downloaded; the page only shows it.
 */
@Route(value = "downloads", layout = MainLayout.class)
@Menu(title = "downloads.menu", order = 11)
@RolesAllowed({"PARTNER", "ADMIN", "RESEARCHER"})
public class DownloadsView extends Div implements AfterNavigationObserver {

    private final ExportService service;
    private ExportService.Made shown;

    public DownloadsView(ExportService service) {
        this.service = service;
        addClassName("downloads-view");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        removeAll();
        add(new H2(getTranslation("downloads.title")), new Paragraph(getTranslation("downloads.intro")));
        List<PastExport> exports = service.downloadable();
        if (exports.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("downloads.empty"));
            empty.setId("downloads-empty");
            add(empty);
            return;
        }
        Div ready = new Div();
        ready.setId("downloads-ready");
        Grid<PastExport> grid = new Grid<>();
        grid.setId("downloads-grid");
        grid.addColumn(PastExport::study).setHeader(getTranslation("downloads.column.study")).setAutoWidth(true);
        grid.addColumn(PastExport::partner).setHeader(getTranslation("downloads.column.partner")).setAutoWidth(true);
        grid.addColumn(e -> e.recordedAt().toString()).setHeader(getTranslation("downloads.column.when")).setAutoWidth(true);
        grid.addColumn(PastExport::asOfPosition).setHeader(getTranslation("downloads.column.asOf")).setAutoWidth(true);
        grid.addColumn(e -> e.manifestSha256().substring(0, 16) + "…").setHeader(getTranslation("downloads.column.manifest"));
        grid.addComponentColumn(e -> new Button(getTranslation("downloads.make"), click -> prepare(e, ready)));
        grid.setItems(exports);
        grid.setAllRowsVisible(true);
        add(grid, ready);
    }

    private void prepare(PastExport recorded, Div ready) {
        ExportService.Made made;
        try {
            made = service.download(recorded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // one prepared export at a time: the one before is deleted from the temporary folder
        forget();
        shown = made;
        ready.removeAll();
        Anchor download = new Anchor(DownloadHandler.forFile(made.zip().toFile(), made.zip().getFileName().toString()),
                getTranslation("downloads.ready", made.zip().getFileName().toString()));
        download.setDownload(true);
        download.setId("downloads-link");
        Paragraph same = new Paragraph(Boolean.TRUE.equals(made.sameAsRecorded()) ? getTranslation("downloads.same")
                : getTranslation("downloads.notSame", made.manifestSha256()));
        same.setId("downloads-same");
        ready.add(download, same);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        forget();
    }

    private void forget() {
        if (shown != null) {
            shown.delete();
            shown = null;
        }
    }
}
