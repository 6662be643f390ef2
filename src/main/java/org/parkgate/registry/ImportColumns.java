package org.parkgate.registry;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.ui.Translations;

/**
 * The words an import file may use: column headers and vehicle kinds, in Chinese or English, as
 * the application's own translations spell them (so an export reads back in), plus the plain
 * English column names.
 */
final class ImportColumns {

    enum Column { NAME, PHONE, UNIT, PLATE, KIND, COLOUR }

    static final Map<Column, String> LABEL_KEYS = Map.of(Column.NAME, "owners.name", Column.PHONE, "owners.phone",
            Column.UNIT, "owners.unit", Column.PLATE, "vehicle.plate", Column.KIND, "vehicle.kind",
            Column.COLOUR, "vehicle.colour");

    private final Map<String, Column> headers = new HashMap<>();
    private final Map<String, VehicleKind> kinds = new HashMap<>();

    ImportColumns(Translations translations) {
        for (Column column : Column.values()) {
            headers.put(column.name().toLowerCase(Locale.ROOT), column);
        }
        headers.put("color", Column.COLOUR);
        for (VehicleKind kind : VehicleKind.values()) {
            kinds.put(kind.name().toLowerCase(Locale.ROOT), kind);
        }
        for (Locale locale : Translations.LOCALES) {
            LABEL_KEYS.forEach((column, key) -> headers.put(normal(translations.getTranslation(key, locale)), column));
            for (VehicleKind kind : VehicleKind.values()) {
                kinds.put(normal(translations.getTranslation("vehicle.kind." + kind.name(), locale)), kind);
            }
        }
    }

    @Nullable Column column(String header) {
        return headers.get(normal(header));
    }

    /** A kind by its name or label; blank is a car, the commonest case. */
    @Nullable VehicleKind kind(@Nullable String text) {
        return text == null || text.isBlank() ? VehicleKind.CAR : kinds.get(normal(text));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

}
