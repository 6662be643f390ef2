package org.parkgate.registry;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Table;
import org.parkgate.base.ui.Translations;

/**
 * The words an import file may use: column headers and vehicle kinds, in Chinese or English, as
 * the application's own translations spell them (so an export reads back in), plus the plain
 * English column names and the kind names offices use ({@link KindNames}).
 */
final class ImportColumns {

    enum Column { NAME, PHONE, UNIT, PLATE, KIND, COLOUR }

    static final Map<Column, String> LABEL_KEYS = Map.of(Column.NAME, "owners.name", Column.PHONE, "owners.phone",
            Column.UNIT, "owners.unit", Column.PLATE, "vehicle.plate", Column.KIND, "vehicle.kind",
            Column.COLOUR, "vehicle.colour");

    private final Translations translations;
    private final Map<String, Column> headers = new HashMap<>();
    private final Map<String, VehicleKind> kinds = new HashMap<>();

    ImportColumns(Translations translations) {
        this.translations = translations;
        for (Column column : Column.values()) {
            headers.put(column.name().toLowerCase(Locale.ROOT), column);
        }
        headers.put("color", Column.COLOUR);
        for (VehicleKind kind : VehicleKind.values()) {
            kinds.put(kind.name().toLowerCase(Locale.ROOT), kind);
        }
        KindNames.OFFICE_NAMES.forEach((name, kind) -> kinds.put(normal(name), kind));
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

    /** A file to start from: every column, headed in Chinese, and one example row. */
    Table template() {
        List<String> names = Arrays.stream(Column.values())
                .map(column -> translations.getTranslation(LABEL_KEYS.get(column), Translations.CHINESE)).toList();
        return new Table(names, List.of(List.of("张伟", "13800138000", "1-0101", "京A12345",
                translations.getTranslation("vehicle.kind." + VehicleKind.CAR.name(), Translations.CHINESE), "白")));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

}
