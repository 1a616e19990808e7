package dk.samspil.ui.web.matrix;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.samspil.domain.instrument.Band;
import dk.samspil.domain.instrument.BandThresholds;
import dk.samspil.domain.instrument.Bands;

/** Explains the colours: each band's thresholds within a group and between groups, and suppression below k. */
class BandLegend extends Div {

    BandLegend(Bands bands, int k, MatrixTexts texts) {
        addClassName("band-legend");
        NativeTable table = new NativeTable();
        table.getHead().addRows(new NativeTableRow(new NativeTableHeaderCell(texts.label("legend.band")),
                new NativeTableHeaderCell(texts.label("legend.within")),
                new NativeTableHeaderCell(texts.label("legend.between"))));
        for (Band band : Band.values()) {
            table.getBody().addRows(new NativeTableRow(
                    new NativeTableCell(swatch(band.key(), texts.letter(band)), new Span(texts.bandName(band))),
                    new NativeTableCell(range(bands.within(), band, texts)),
                    new NativeTableCell(range(bands.between(), band, texts))));
        }
        Paragraph suppressed = new Paragraph(swatch("suppressed", ""), new Span(texts.label("legend.suppressed", k)));
        suppressed.addClassName("band-legend-suppressed");
        add(new H3(texts.label("legend.heading")), table, suppressed);
    }

    private static Span swatch(String band, String letter) {
        Span swatch = new Span(letter);
        swatch.addClassNames("band-swatch", band);
        return swatch;
    }

    /** The thresholds as BandThresholds.classify applies them: high above, middle from-to, low below. */
    private static String range(BandThresholds thresholds, Band band, MatrixTexts texts) {
        String high = texts.number(thresholds.highAbove(), 1);
        String middle = texts.number(thresholds.middleFrom(), 1);
        return switch (band) {
            case HIGH -> "> " + high;
            case MIDDLE -> middle + " – " + high;
            case LOW -> "< " + middle;
        };
    }
}
