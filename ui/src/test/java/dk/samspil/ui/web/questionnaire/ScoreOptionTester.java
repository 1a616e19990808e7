package dk.samspil.ui.web.questionnaire;

import com.vaadin.browserless.ComponentTester;

/** Picks a native radio button as a browser does: the button becomes checked and fires "change". */
final class ScoreOptionTester extends ComponentTester<ScoreOption> {

    ScoreOptionTester(ScoreOption option) {
        super(option);
    }

    void check() {
        ensureComponentIsUsable();
        fireDomEvent("change");
    }
}
