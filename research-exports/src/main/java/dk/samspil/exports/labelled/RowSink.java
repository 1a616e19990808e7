package dk.samspil.exports.labelled;

import java.io.IOException;

/** Takes a labelled file's rows in order, each value of the Java type its column's kind names (text as a String or UTF-8 bytes). */
public interface RowSink extends AutoCloseable {

    void row(Object[] values) throws IOException;

    /** Writes what follows the rows; fails if fewer or more rows came than the table said. */
    @Override
    void close() throws IOException;
}
