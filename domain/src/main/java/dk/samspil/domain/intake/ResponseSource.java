package dk.samspil.domain.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** A layout responses can arrive in; each turns its file into rows of the long layout. */
interface ResponseSource {

    /** The file (or the first of the files) that marks a bundle as using this layout, e.g. responses.csv. */
    String file();

    /** Whether the bundle holds its responses in this layout. */
    default boolean presentIn(BundleSource bundle) {
        return bundle.exists(file());
    }

    /**
     * Reads the file, handing every row to {@code rows} and reporting what cannot be read as rows
     * (encoding, quoting, header) to {@code problems}.
     *
     * @return the number of rows read
     */
    int read(BundleSource bundle, ProblemReport problems, Consumer<ResponseRow> rows) throws IOException;
}
