package dk.samspil.ui.web.matrix;

import dk.samspil.domain.instrument.Band;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.ui.web.i18n.Labels;

import java.util.Locale;

/** How a matrix cell reads in the page's language: one place, so chart, table and legend agree. */
record MatrixTexts(Labels labels, Locale locale, MatrixPage page, int k) {

    String label(String key, Object... params) {
        return labels.get(key, params);
    }

    String group(String key) {
        return page.groupName(key);
    }

    /** A mean with two decimals, with the language's decimal mark (2,89 in Danish). */
    String mean(MatrixCell cell) {
        return cell.suppressed() ? label("matrix.suppressed") : number(cell.mean(), 2);
    }

    String n(MatrixCell cell) {
        return cell.suppressed() ? label("matrix.suppressed.n", k) : Integer.toString(cell.n());
    }

    /** The band's name with its letter, so the band reads without colour too. */
    String band(MatrixCell cell) {
        return cell.suppressed() ? "–" : bandName(cell.band()) + " (" + letter(cell.band()) + ")";
    }

    String bandName(Band band) {
        return label("band." + band.key());
    }

    String letter(Band band) {
        return label("band." + band.key() + ".letter");
    }

    /** What the heat map writes in a cell. */
    String cellLabel(MatrixCell cell) {
        return cell.suppressed()
                ? label("matrix.suppressed.short") + "\n" + label("matrix.suppressed.n", k)
                : number(cell.mean(), 2) + " " + letter(cell.band()) + "\nn = " + cell.n();
    }

    String tooltip(MatrixCell cell) {
        String rater = group(cell.raterGroup().value());
        String target = group(cell.targetGroup().value());
        return cell.suppressed()
                ? label("matrix.cell.tooltip.suppressed", rater, target, k)
                : label("matrix.cell.tooltip", rater, target, number(cell.mean(), 2), Integer.toString(cell.n()),
                        bandName(cell.band()).toLowerCase(locale));
    }

    String number(double value, int decimals) {
        return String.format(locale, "%." + decimals + "f", value);
    }
}
