package org.spinechoice.app.clinic.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.spinechoice.vocabulary.Coded;

/** Values read back from columns the application wrote; a value it could not have written is a broken database. */
public final class Columns {

    private Columns() {}

    public static <E extends Enum<E> & Coded> E code(Class<E> type, String id) {
        return Coded.fromId(type, id)
                .orElseThrow(() -> new IllegalStateException(
                        "stored " + type.getSimpleName() + " '" + id + "' is not a known id"));
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static Optional<String> optionalText(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }
}
