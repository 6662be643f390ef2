package org.parkgate.registry;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.PlateFormat;
import org.parkgate.access.Plates;
import org.parkgate.base.Table;
import org.parkgate.base.TableFiles;
import org.parkgate.base.ui.Translations;
import org.parkgate.registry.ImportColumns.Column;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners and vehicles from a spreadsheet (.xlsx or .csv), one row per vehicle: first read and
 * checked row by row with nothing written ({@link #read}), then written in one transaction
 * ({@link #write}): all rows, or with {@code validOnly} just the rows without problems. Rows with
 * the same name, phone and unit are one owner; an owner already registered with exactly these is
 * reused, not duplicated.
 */
@Service
@PreAuthorize(Role.Names.OFFICE)
public class OwnerImport {

    /** More rows than this are refused: an office with more owners imports in parts. */
    public static final int MAX_ROWS = 100_000;
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlateFormat plateFormat = PlateFormat.chinese();
    private final ImportColumns columns;

    private final UnitRecords units;

    OwnerImport(JdbcClient jdbc, JdbcTemplate jdbcTemplate, AuditLog audit, ApplicationEventPublisher events,
            Clock clock, UnitRecords units, Translations translations) {
        this.columns = new ImportColumns(translations);
        this.jdbc = jdbc;
        this.units = units;
        this.jdbcTemplate = jdbcTemplate;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException stillThere) {
                // a temporary file: the system's temp cleaning takes it
            }
        }
    }

    /** Reads and checks a file's content; writes nothing. */
    public ImportPreview read(String fileName, byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("parkgate-import-", ".upload");
            Files.write(file, content);
            return read(fileName, file);
        } catch (IOException noTempFile) {
            return failed(fileName, "error.import.unreadable");
        } finally {
            deleteQuietly(file);
        }
    }

    /**
     * Reads and checks an uploaded file (named {@code fileName} by the user); writes nothing. At
     * most the header and {@link #MAX_ROWS} rows are read, however large the file unpacks.
     */
    @Transactional(readOnly = true)
    public ImportPreview read(String fileName, Path file) {
        TableFiles.Format format = TableFiles.Format.of(fileName);
        if (format == null) {
            return failed(fileName, "error.import.format");
        }
        List<List<String>> table;
        try {
            table = TableFiles.read(file, format, MAX_ROWS + 2); // one row too many tells that there are more
        } catch (CharacterCodingException neitherUtf8NorGbk) {
            return failed(fileName, "error.import.encoding");
        } catch (IOException unreadable) {
            return failed(fileName, "error.import.unreadable");
        }
        if (table.isEmpty()) {
            return failed(fileName, "error.import.empty");
        }
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<String> header = table.getFirst();
        for (int i = 0; i < header.size(); i++) {
            Column column = columns.column(header.get(i));
            if (column != null) {
                positions.putIfAbsent(column, i);
            }
        }
        if (!positions.containsKey(Column.NAME)) {
            return failed(fileName, "error.import.no-name-column");
        }
        if (table.size() - 1 > MAX_ROWS) {
            return failed(fileName, "error.import.too-many-rows", MAX_ROWS);
        }
        Set<String> registered = new HashSet<>(jdbc.sql("SELECT plate FROM vehicle").query(String.class).list());
        Map<String, Integer> firstLineOfPlate = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(check(r + 1, cells, positions, registered, firstLineOfPlate));
        }
        if (rows.isEmpty()) {
            return failed(fileName, "error.import.empty");
        }
        return new ImportPreview(fileName, rows, null);
    }

    private ImportRow check(int line, List<String> cells, Map<Column, Integer> positions, Set<String> registered,
            Map<String, Integer> firstLineOfPlate) {
        List<ImportProblem> problems = new ArrayList<>();
        String name = cell(cells, positions, Column.NAME);
        String phone = cell(cells, positions, Column.PHONE);
        String unit = cell(cells, positions, Column.UNIT);
        String plateText = cell(cells, positions, Column.PLATE);
        String colour = cell(cells, positions, Column.COLOUR);
        for (String problem : new String[] {OwnerRules.nameProblem(name), OwnerRules.phoneProblem(phone),
                OwnerRules.unitProblem(unit), OwnerRules.colourProblem(colour)}) {
            if (problem != null) {
                problems.add(ImportProblem.of(problem));
            }
        }
        String plate = null;
        if (plateText != null) {
            plate = Plates.normalize(plateText);
            ImportProblem plateProblem = PlateProblems.of(plateFormat, plate);
            if (plateProblem != null) {
                problems.add(plateProblem);
            } else if (registered.contains(plate)) {
                problems.add(ImportProblem.of("error.vehicle.plate-taken", plate));
            } else {
                Integer first = firstLineOfPlate.putIfAbsent(plate, line);
                if (first != null) {
                    problems.add(ImportProblem.of("error.import.plate-twice", plate, first));
                }
            }
        }
        String kindText = cell(cells, positions, Column.KIND);
        VehicleKind kind = columns.kind(kindText);
        if (kind == null) {
            problems.add(ImportProblem.of("error.import.kind-unknown", kindText));
            kind = VehicleKind.OTHER;
        }
        return new ImportRow(line, name == null ? "" : name, phone, unit, plate, kind, colour, problems);
    }

    private static @Nullable String cell(List<String> cells, Map<Column, Integer> positions, Column column) {
        Integer at = positions.get(column);
        return at == null || at >= cells.size() ? null : OwnerRules.blankToNull(cells.get(at));
    }

    private static ImportPreview failed(String fileName, String messageKey, Object... arguments) {
        return new ImportPreview(fileName, List.of(), ImportProblem.of(messageKey, arguments));
    }

    /**
     * Writes the rows of a preview in one transaction, telling {@code progress} how many rows are
     * done as it goes. Refused while rows have problems, unless {@code validOnly}; refused as a
     * whole if a plate was registered by someone else since the file was read.
     */
    @Transactional
    public ImportResult write(ImportPreview preview, boolean validOnly, IntConsumer progress) {
        if (preview.fileProblem() != null || preview.rows().isEmpty()) {
            throw new RegistryException("error.import.empty");
        }
        long invalid = preview.invalidRows();
        if (invalid > 0 && !validOnly) {
            throw new RegistryException("error.import.has-problems", invalid);
        }
        Map<String, Long> owners = existingOwners();
        Timestamp now = Timestamp.from(clock.instant());
        int created = 0;
        Set<String> unitsSeen = new HashSet<>();
        List<Object[]> vehicles = new ArrayList<>();
        int done = 0;
        for (ImportRow row : preview.rows()) {
            if (row.valid()) {
                Long owner = owners.get(row.ownerKey());
                if (owner == null) {
                    if (row.unit() != null && unitsSeen.add(row.unit())) {
                        units.ensure(row.unit());
                    }
                    owner = insertOwner(row, now);
                    owners.put(row.ownerKey(), owner);
                    created++;
                }
                if (row.plate() != null) {
                    vehicles.add(new Object[] {owner, row.plate(), row.kind().name(), row.colour()});
                }
            }
            if (++done % BATCH == 0) {
                progress.accept(done);
            }
        }
        try {
            jdbcTemplate.batchUpdate("INSERT INTO vehicle (owner, plate, kind, colour) VALUES (?, ?, ?, ?)", vehicles);
        } catch (DuplicateKeyException raced) {
            throw new RegistryException("error.import.changed-meanwhile");
        }
        progress.accept(preview.rows().size());
        audit.record(AuditAction.OWNERS_IMPORTED, preview.fileName(),
                created + " owners, " + vehicles.size() + " vehicles, " + invalid + " rows left out");
        events.publishEvent(new RegistryImported(vehicles.size()));
        return new ImportResult(created, vehicles.size(), (int) invalid);
    }

    /** A file to start from, in the import's shape: the header row in Chinese and one example row. */
    public Table template() {
        return columns.template();
    }

    /** Every owner with each of their vehicles, in the import's shape, so the file can be read back in. */
    @Transactional(readOnly = true)
    public List<RegistryLine> export() {
        return jdbc.sql("""
                        SELECT o.name, o.phone, o.unit, v.plate, v.kind, v.colour
                        FROM owner o LEFT JOIN vehicle v ON v.owner = o.id ORDER BY o.name, o.id, v.plate""")
                .query((rs, row) -> new RegistryLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? null : VehicleKind.valueOf(rs.getString(5)), rs.getString(6)))
                .list();
    }

    private Map<String, Long> existingOwners() {
        Map<String, Long> owners = new HashMap<>();
        jdbc.sql("SELECT id, name, phone, unit FROM owner").query(rs -> {
            String phone = rs.getString(3);
            String unit = rs.getString(4);
            owners.putIfAbsent(rs.getString(2) + "\u0000" + (phone == null ? "" : phone) + "\u0000"
                    + (unit == null ? "" : unit), rs.getLong(1));
        });
        return owners;
    }

    private long insertOwner(ImportRow row, Timestamp now) {
        var key = new GeneratedKeyHolder();
        jdbcTemplate.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO owner (name, name_order, phone, unit, created_at) VALUES (?, ?, ?, ?, ?)",
                    new String[] {"id"});
            insert.setString(1, row.name());
            insert.setString(2, NameOrder.of(row.name()));
            insert.setString(3, row.phone());
            insert.setString(4, row.unit());
            insert.setTimestamp(5, now);
            return insert;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }
}
