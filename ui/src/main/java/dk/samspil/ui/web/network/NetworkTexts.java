package dk.samspil.ui.web.network;

import dk.samspil.domain.instrument.Band;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.ui.web.i18n.Labels;

import java.util.Locale;

/** How an edge reads in the page's language, so chart, list and table agree. */
record NetworkTexts(Labels labels, Locale locale, NetworkPage page) {

    String label(String key, Object... params) {
        return labels.get(key, params);
    }

    String group(String key) {
        return page.groupName(key);
    }

    String rater(NetworkPage.Edge edge) {
        return group(edge.cell().raterGroup().value());
    }

    String target(NetworkPage.Edge edge) {
        return group(edge.cell().targetGroup().value());
    }

    String relation(NetworkPage.Edge edge) {
        return rater(edge) + " → " + target(edge);
    }

    String importance(NetworkPage.Edge edge) {
        return edge.importance() == null ? "–" : label("network.importance." + edge.importance());
    }

    String mean(MatrixCell cell) {
        return cell.suppressed() ? label("network.suppressed") : number(cell.mean(), 2);
    }

    String n(MatrixCell cell) {
        return cell.suppressed() ? label("network.suppressed.n", page.k()) : Integer.toString(cell.n());
    }

    /** The band's name with its letter, so it reads without colour. */
    String band(MatrixCell cell) {
        return cell.suppressed() ? "–" : label("band." + cell.band().key()) + " (" + letter(cell.band()) + ")";
    }

    String letter(Band band) {
        return label("band." + band.key() + ".letter");
    }

    /** What the edge itself says: its band letter, or that it is suppressed, and "!" when important but weak. */
    String edgeLabel(NetworkPage.Edge edge) {
        String band = edge.cell().suppressed() ? label("network.suppressed.short") : letter(edge.cell().band());
        return edge.weakImportant() ? band + " !" : band;
    }

    String finding(NetworkPage.Edge edge) {
        return edge.weakImportant() ? "! " + label("network.weakImportant.short") : "";
    }

    String tooltip(NetworkPage.Edge edge) {
        MatrixCell cell = edge.cell();
        String text = cell.suppressed()
                ? label("network.edge.tooltip.suppressed", rater(edge), target(edge), page.k(), importance(edge))
                : label("network.edge.tooltip", rater(edge), target(edge), number(cell.mean(), 2), Integer.toString(cell.n()),
                        band(cell), importance(edge));
        return edge.weakImportant() ? text + " · " + label("network.weakImportant.short") : text;
    }

    String number(double value, int decimals) {
        return String.format(locale, "%." + decimals + "f", value);
    }
}
