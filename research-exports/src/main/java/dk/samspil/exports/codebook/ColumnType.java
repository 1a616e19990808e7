package dk.samspil.exports.codebook;

/** A column's type as DuckDB writes it to Parquet; {@link #numeric()} decides DDI's character/numeric format. */
public enum ColumnType {
    VARCHAR, DATE, TINYINT, SMALLINT, INTEGER, BIGINT, DOUBLE, BOOLEAN;

    /** DATE and BOOLEAN count as character in DDI: neither is a number a researcher should average. */
    public boolean numeric() {
        return switch (this) {
            case TINYINT, SMALLINT, INTEGER, BIGINT, DOUBLE -> true;
            case VARCHAR, DATE, BOOLEAN -> false;
        };
    }
}
