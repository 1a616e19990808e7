package dk.samspil.ui.web.importer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.samspil.domain.intake.ImportSummary;

/** What an import stored: per kind of fact added, corrected and unchanged, and the line the command line prints. */
final class ImportSummaryPanel extends Div {

    ImportSummaryPanel(ImportSummary summary) {
        setId("importer-summary");
        addClassName("importer-summary");
        getElement().setAttribute("role", "status");
        add(row("study", getTranslation("importer.summary.study"), summary.study().value()));
        add(row("questionnaires", getTranslation("importer.summary.questionnaires"), counts(summary.questionnaires())));
        add(row("outcomes", getTranslation("importer.summary.outcomes"), counts(summary.outcomes())));
        add(row("structure", getTranslation("importer.summary.structure"),
                getTranslation("importer.summary.facts", Integer.toString(summary.structureFacts()))));
        add(row("timeline", getTranslation("importer.summary.timeline"),
                getTranslation("importer.summary.facts", Integer.toString(summary.timelineFacts()))));
        if (!summary.ignoredFiles().isEmpty()) {
            add(row("ignored", getTranslation("importer.summary.ignored"), String.join(", ", summary.ignoredFiles())));
        }
        if (!summary.changedAnything()) {
            Paragraph nothing = new Paragraph(getTranslation("importer.summary.nothing"));
            nothing.setId("importer-nothing-new");
            add(nothing);
        }
        Paragraph cli = new Paragraph(summary.describe());
        cli.setId("importer-described");
        cli.addClassName("importer-described");
        cli.getElement().setAttribute("title", getTranslation("importer.summary.cli"));
        add(cli);
    }

    private String counts(ImportSummary.Counts counts) {
        return getTranslation("importer.summary.counts", Integer.toString(counts.added()), Integer.toString(counts.corrected()),
                Integer.toString(counts.unchanged()));
    }

    private static Div row(String id, String label, String value) {
        Span name = new Span(label);
        name.addClassName("importer-summary-label");
        Span shown = new Span(value);
        shown.setId("importer-summary-" + id);
        shown.addClassName("importer-summary-value");
        Div row = new Div(name, shown);
        row.addClassName("importer-summary-row");
        return row;
    }
}
