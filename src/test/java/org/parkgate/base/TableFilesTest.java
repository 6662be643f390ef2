package org.parkgate.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an office gets in Excel, and what ParkGate reads back from it. */
class TableFilesTest {

    @TempDir
    Path folder;

    static final Table TABLE = new Table(List.of("姓名", "金额", "日期", "备注"), List.of(
            Arrays.asList("张三", new BigDecimal("613.50"), LocalDate.of(2026, 11, 1), "逗号, \"引号\""),
            Arrays.asList("=HYPERLINK(\"x\")", new BigDecimal("-60.00"), null, null)));

    @Test
    void csvHasAByteOrderMarkQuotesWhatNeedsItAndDefusesFormulas() throws IOException {
        var out = new ByteArrayOutputStream();
        TableFiles.write(TABLE, TableFiles.Format.CSV, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF姓名,金额,日期,备注\r\n");
        assertThat(csv).contains("张三,613.50,2026-11-01,\"逗号, \"\"引号\"\"\"\r\n");
        assertThat(csv).contains("'=HYPERLINK(\"\"x\"\")").contains(",-60.00,,\r\n");

        List<List<String>> read = read(out.toByteArray(), TableFiles.Format.CSV, 100);
        assertThat(read.get(0)).containsExactly("姓名", "金额", "日期", "备注");
        assertThat(read.get(1)).containsExactly("张三", "613.50", "2026-11-01", "逗号, \"引号\"");
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndReadsBack() throws IOException {
        var out = new ByteArrayOutputStream();
        TableFiles.write(TABLE, TableFiles.Format.XLSX, out);
        List<List<String>> read = read(out.toByteArray(), TableFiles.Format.XLSX, 100);
        assertThat(read).hasSize(3);
        assertThat(read.get(1)).containsExactly("张三", "613.50", "2026-11-01", "逗号, \"引号\"");
        assertThat(read.get(2)).containsExactly("=HYPERLINK(\"x\")", "-60.00");
    }

    @Test
    void xlsxColumnsAreAsWideAsTheirWidestCellCountingChineseTwice() throws IOException {
        var long_ = new Table(List.of("备注", "金额"), List.of(Arrays.asList("x".repeat(200), new BigDecimal("613.5"))));
        var out = new ByteArrayOutputStream();
        TableFiles.writeWorkbook(List.of(new TableFiles.Worksheet("a", List.of(), TABLE),
                new TableFiles.Worksheet("b", List.of(), long_)), out);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getColumnWidth(3)).as("逗号, \"引号\" is 12 characters wide").isEqualTo((12 + 2) * 256);
            assertThat(sheet.getColumnWidth(2)).as("a date").isEqualTo((10 + 2) * 256);
            assertThat(sheet.getColumnWidth(1)).as("narrow columns keep room to type").isEqualTo((6 + 2) * 256);
            assertThat(sheet.getColumnWidth(0)).as("=HYPERLINK(\"x\")").isEqualTo((15 + 2) * 256);
            var notes = workbook.getSheetAt(1);
            assertThat(notes.getColumnWidth(0)).as("a long note stops at the cap").isEqualTo((60 + 2) * 256);
        }
    }

    @Test
    void aBrokenSpreadsheetIsAnIoErrorNotACrash() {
        byte[] garbage = "not a zip".getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(garbage, TableFiles.Format.XLSX, 100))
                .isInstanceOf(IOException.class);
    }

    @Test
    void readingStopsAtTheLinesTheCallerTakes() throws IOException {
        for (TableFiles.Format format : TableFiles.Format.values()) {
            var out = new ByteArrayOutputStream();
            TableFiles.write(TABLE, format, out);
            assertThat(read(out.toByteArray(), format, 2)).as(format.name()).hasSize(2)
                    .element(1).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).startsWith("张三");
        }
    }

    private List<List<String>> read(byte[] content, TableFiles.Format format, int maxLines) throws IOException {
        Path file = folder.resolve("table." + format.extension());
        Files.write(file, content);
        return TableFiles.read(file, format, maxLines);
    }
}
