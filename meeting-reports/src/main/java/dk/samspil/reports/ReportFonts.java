package dk.samspil.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Sans, regular and bold, from the OpenPDF fonts jar (SIL Open Font License): the one font
 * every report draws and embeds, so text measures the same in a chart, a PDF and a slide on any machine.
 */
public final class ReportFonts {

    public static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    public static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    private final Font regular;
    private final Font bold;

    private ReportFonts(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    public static ReportFonts load() {
        return new ReportFonts(font(REGULAR), font(BOLD));
    }

    public Font regular(float size) {
        return regular.deriveFont(size);
    }

    public Font bold(float size) {
        return bold.deriveFont(size);
    }

    /** The font file itself, for a writer that embeds it. */
    public static InputStream file(String path) {
        InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the report font " + path + " is not on the class path (openpdf-fonts-extra)");
        }
        return in;
    }

    private static Font font(String path) {
        try (InputStream in = file(path)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report font " + path, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the report font " + path + " is not a TrueType font", e);
        }
    }
}
