package dk.samspil.ui.web;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around every view: Lumo plus Samspil's own few styles (band colours, hatching). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("samspil.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Samspil");
    }
}
