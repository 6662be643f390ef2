package org.parkgate.base;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Tables to and from the two formats offices exchange: CSV (written in UTF-8 with a byte-order
 * mark, so Excel shows Chinese correctly; read in UTF-8 or, failing that, GB18030, what Excel on
 * Chinese Windows saves) and .xlsx. Text that a spreadsheet would run as a formula is
 * written with a leading apostrophe.
 */
public final class TableFiles {

    /** The kinds of file ParkGate reads and writes. */
    public enum Format {
        CSV("csv", "text/csv;charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }

        /** The format of a file by its name, or null when it is neither. */
        public static Format of(String fileName) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                if (name.endsWith("." + format.extension)) {
                    return format;
                }
            }
            return null;
        }
    }

    private static final char BOM = '\uFEFF';
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** What Excel on Chinese Windows saves a "CSV" in: GBK, of which GB18030 is a superset. */
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TableFiles() {
    }

    public static void write(Table table, Format format, OutputStream out) throws IOException {
        if (format == Format.CSV) {
            writeCsv(table, out);
        } else {
            writeXlsx(table, out);
        }
    }

    private static void writeCsv(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        writeCsvRow(writer, new ArrayList<>(table.headers()));
        for (List<Object> row : table.rows()) {
            writeCsvRow(writer, row);
        }
        writer.flush();
    }

    private static void writeCsvRow(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            String text = text(cells.get(i));
            if (cells.get(i) instanceof String) {
                text = defused(text);
            }
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            writer.write(text);
        }
        writer.write("\r\n");
    }

    private static void writeXlsx(Table table, OutputStream out) throws IOException {
        writeWorkbook(List.of(new Worksheet("ParkGate", List.of(), table)), out);
    }

    /** A worksheet of a workbook: its tab name, lines of text above the table, and the table. */
    public record Worksheet(String name, List<String> lead, Table table) {
    }

    /** An .xlsx with one worksheet per {@link Worksheet}; tab names are shortened to Excel's 31 characters. */
    public static void writeWorkbook(List<Worksheet> sheets, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Worksheet content : sheets) {
                String name = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(content.name());
                for (int n = 2; !names.add(name); n++) {
                    name = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(
                            content.name().substring(0, Math.min(content.name().length(), 27)) + " " + n);
                }
                var sheet = workbook.createSheet(name);
                int r = 0;
                for (String line : content.lead()) {
                    sheet.createRow(r++).createCell(0).setCellValue(line);
                }
                Row header = sheet.createRow(r++);
                var widths = new ColumnWidths();
                for (int i = 0; i < content.table().headers().size(); i++) {
                    header.createCell(i).setCellValue(content.table().headers().get(i));
                    widths.fit(i, content.table().headers().get(i));
                }
                for (List<Object> values : content.table().rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        widths.fit(i, value);
                        Cell cell = row.createCell(i);
                        switch (value) {
                            case null -> cell.setBlank();
                            case BigDecimal decimal -> {
                                cell.setCellValue(decimal.doubleValue());
                                cell.setCellStyle(money);
                            }
                            case Number number -> cell.setCellValue(number.doubleValue());
                            case LocalDate day -> {
                                cell.setCellValue(day);
                                cell.setCellStyle(date);
                            }
                            default -> cell.setCellValue(value.toString());
                        }
                    }
                }
                widths.applyTo(sheet);
            }
            workbook.write(out);
        }
    }

    /**
     * Reads the first sheet (or the CSV) as text cells, header row first; blank rows are kept as
     * empty lists so that row numbers match what the user sees in their spreadsheet. Reading stops
     * after {@code maxLines} lines (the caller sees that there were more by getting that many), so
     * a file cannot make ParkGate read more than the caller would take: an .xlsx is read as a
     * stream from the file, never unpacked into memory as a whole. A CSV is read as UTF-8 when it
     * is UTF-8 as far as it is read, else as GB18030 (GBK); a CSV in neither throws
     * {@link CharacterCodingException}.
     */
    public static List<List<String>> read(Path file, Format format, int maxLines) throws IOException {
        if (format == Format.CSV) {
            try {
                return readCsv(file, StandardCharsets.UTF_8, maxLines);
            } catch (CharacterCodingException notUtf8) {
                return readCsv(file, GB18030, maxLines);
            }
        }
        return XlsxRows.read(file, maxLines);
    }

    /**
     * A CSV decoded strictly in {@code charset}: a byte sequence that is not text in it throws
     * {@link CharacterCodingException} (so the caller can try another). A UTF-8 byte-order mark is
     * skipped in either charset: some tools put one before GBK text.
     */
    private static List<List<String>> readCsv(Path file, Charset charset, int maxLines) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(UTF8_BOM.length);
            if (!Arrays.equals(in.readNBytes(UTF8_BOM.length), UTF8_BOM)) {
                in.reset();
            }
            CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return readCsv(new BufferedReader(new InputStreamReader(in, strict)), maxLines);
        }
    }

    private static List<List<String>> readCsv(BufferedReader reader, int maxLines) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        var cell = new StringBuilder();
        boolean quoted = false;
        boolean first = true;
        int c;
        while (rows.size() < maxLines && (c = reader.read()) != -1) {
            if (first) {
                first = false;
                if (c == BOM) {
                    continue;
                }
            }
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString().strip());
                cell.setLength(0);
                rows.add(trimTrailingEmpty(row));
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append((char) c);
            }
        }
        if ((!cell.isEmpty() || !row.isEmpty()) && rows.size() < maxLines) {
            row.add(cell.toString().strip());
            rows.add(trimTrailingEmpty(row));
        }
        return rows;
    }

    static List<String> trimTrailingEmpty(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return new ArrayList<>(cells.subList(0, end));
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal decimal -> decimal.toPlainString();
            default -> value.toString();
        };
    }

    /** Spreadsheets run cells starting with = + - @ as formulas; such text gets an apostrophe. */
    private static String defused(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
