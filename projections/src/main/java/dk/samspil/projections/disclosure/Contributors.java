package dk.samspil.projections.disclosure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** Reads who counts in a figure from a query's contributors column (a DuckDB list of text). */
public final class Contributors {

    private Contributors() {
    }

    public static List<String> of(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String.class::cast).toList();
    }
}
