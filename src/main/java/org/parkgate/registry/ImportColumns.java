package org.parkgate.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

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

    ImportColumns() {
        for (Column column : Column.values()) {
            headers.put(column.name().toLowerCase(Locale.ROOT), column);
        }
        headers.put("color", Column.COLOUR);
        for (VehicleKind kind : VehicleKind.values()) {
            kinds.put(kind.name().toLowerCase(Locale.ROOT), kind);
        }
        for (String file : List.of("translations_en.properties", "translations_zh_CN.properties")) {
            Properties texts = load(file);
            LABEL_KEYS.forEach((column, key) -> headers.put(normal(texts.getProperty(key)), column));
            for (VehicleKind kind : VehicleKind.values()) {
                kinds.put(normal(texts.getProperty("vehicle.kind." + kind.name())), kind);
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

    private static Properties load(String file) {
        var properties = new Properties();
        try (InputStream in = ImportColumns.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("translations missing: " + file, e));
        }
        return properties;
    }
}
