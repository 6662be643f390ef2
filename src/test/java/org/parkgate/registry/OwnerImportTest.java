package org.parkgate.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.TestLanes;
import org.parkgate.access.Reason;
import org.parkgate.base.Table;
import org.parkgate.base.TableFiles;
import org.parkgate.base.ui.Translations;
import org.parkgate.lane.AccessIndex;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing a spreadsheet: every row checked, problems in the user's language, nothing half-written. */
class OwnerImportTest extends KaribuTest {

    @Autowired
    OwnerImport imports;

    @Autowired
    AccessIndex accessIndex;

    @Autowired
    JdbcClient jdbc;

    final Translations translations = new Translations();

    @BeforeEach
    void signIn() {
        login("cashier", Role.CASHIER);
    }

    static byte[] xlsx(List<String> headers, List<List<Object>> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        TableFiles.write(new Table(headers, rows), TableFiles.Format.XLSX, out);
        return out.toByteArray();
    }

    @Test
    void everyProblemIsFoundAndNamedInBothLanguages() throws IOException {
        byte[] file = xlsx(List.of("姓名", "电话", "房号", "车牌", "车型", "颜色"), List.of(
                Arrays.asList("刘一", "13800000001", "11-0101", "湘A11111", "轿车", "白"),
                Arrays.asList("刘一", "13800000001", "11-0101", "湘A11112", "SUV", null),
                Arrays.asList("陈二", "13800000002", "11-0102", "湘A1111", null, null),
                Arrays.asList("张三", "13800000003", "11-0103", "湘A11111", null, null),
                Arrays.asList("李四", null, "11-0104", "京A10001", null, null),
                Arrays.asList("王五", "abc", "11-0105", "湘A11115", "飞机", null),
                Arrays.asList(null, null, "11-0106", "湘A11116", null, null)));
        ImportPreview preview = imports.read("owners.xlsx", file);
        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(preview.validRows()).isEqualTo(2);
        assertThat(problems(preview, 4, Locale.ENGLISH)).containsExactly("Wrong number of characters");
        assertThat(problems(preview, 5, Locale.ENGLISH)).containsExactly("Plate 湘A11111 is already in row 2 of this file.");
        assertThat(problems(preview, 5, Translations.CHINESE)).containsExactly("车牌 湘A11111 已在本文件第 2 行出现。");
        assertThat(problems(preview, 6, Locale.ENGLISH)).singleElement().asString().contains("京A10001");
        assertThat(problems(preview, 7, Locale.ENGLISH)).containsExactly(
                translations.getTranslation("error.owner.phone-invalid", Locale.ENGLISH),
                "Unknown vehicle kind 飞机.");
        assertThat(problems(preview, 8, Translations.CHINESE))
                .containsExactly(translations.getTranslation("error.owner.name-invalid", Translations.CHINESE));
        assertThat(preview.rows().get(1).kind()).isEqualTo(VehicleKind.SUV);
    }

    @Test
    void nothingIsWrittenWhileProblemsRemainUnlessOnlyValidRowsAreChosen() throws IOException {
        long ownersBefore = count("owner");
        byte[] file = xlsx(List.of("Name", "Phone", "Unit", "Plate", "Kind", "Colour"), List.of(
                Arrays.asList("周六", "13900000006", "12-0101", "湘B22221", "Car", "Black"),
                Arrays.asList("周六", "13900000006", "12-0101", "湘B22222", "Van", null),
                Arrays.asList("吴七", null, "12-0102", null, null, null),
                Arrays.asList("郑八", null, "12-0103", "not a plate", null, null)));
        ImportPreview preview = imports.read("owners.xlsx", file);
        List<Integer> progress = new ArrayList<>();

        assertThatThrownBy(() -> imports.write(preview, false, progress::add)).isInstanceOf(RegistryException.class)
                .hasMessage("error.import.has-problems");
        assertThat(count("owner")).isEqualTo(ownersBefore);
        assertThat(accessIndex.index().get("湘B22221")).isNull();

        ImportResult result = imports.write(preview, true, progress::add);
        assertThat(result).isEqualTo(new ImportResult(2, 2, 1));
        assertThat(progress).last().isEqualTo(4);
        assertThat(count("owner")).isEqualTo(ownersBefore + 2);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT owner) FROM vehicle WHERE plate IN ('湘B22221', '湘B22222')")
                .query(Integer.class).single()).as("one owner, two vehicles").isEqualTo(1);
        assertThat(TestLanes.atTheEntrance(accessIndex.index(), clock, "湘B22222").reason())
                .as("the gate knows them at once").isEqualTo(Reason.VISITOR_ENTRY);
        assertThat(accessIndex.index().get("湘B22222").account()).isNotNull();

        assertThat(imports.read("again.xlsx", file).validRows()).as("the same file again: plates are taken")
                .isEqualTo(1); // only 吴七, who has no vehicle, and is then matched to the existing owner
        ImportResult again = imports.write(imports.read("again.xlsx", file), true, done -> { });
        assertThat(again.ownersCreated()).as("an existing owner is reused").isZero();
    }

    @Test
    void filesThatAreNotSpreadsheetsOrHaveNoNameColumnAreRefusedAsAWhole() throws IOException {
        assertThat(imports.read("owners.txt", new byte[] {1}).fileProblem().messageKey()).isEqualTo("error.import.format");
        assertThat(imports.read("owners.xlsx", "garbage".getBytes(StandardCharsets.UTF_8)).fileProblem().messageKey())
                .isEqualTo("error.import.unreadable");
        byte[] noName = "Plate,Unit\r\n湘C33333,1-1\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(imports.read("owners.csv", noName).fileProblem().messageKey()).isEqualTo("error.import.no-name-column");
        assertThat(imports.read("owners.csv", "Name\r\n\r\n".getBytes(StandardCharsets.UTF_8)).fileProblem().messageKey())
                .isEqualTo("error.import.empty");
    }

    @Test
    void anExportReadsBackInWithEveryPlateAlreadyRegistered() throws IOException {
        List<RegistryLine> lines = imports.export();
        assertThat(lines).extracting(RegistryLine::plate).contains("京A10001");
        var out = new ByteArrayOutputStream();
        TableFiles.write(new Table(List.of("Name", "Phone", "Unit", "Plate", "Kind", "Colour"), lines.stream()
                .map(l -> Arrays.<Object>asList(l.name(), l.phone(), l.unit(), l.plate(),
                        l.kind() == null ? null : l.kind().name(), l.colour())).toList()), TableFiles.Format.CSV, out);
        ImportPreview back = imports.read("owners.csv", out.toByteArray());
        assertThat(back.rows()).hasSize(lines.size());
        assertThat(back.rows()).filteredOn(row -> row.plate() != null)
                .allSatisfy(row -> assertThat(row.problems()).extracting(ImportProblem::messageKey)
                        .containsExactly("error.vehicle.plate-taken"));
    }

    private List<String> problems(ImportPreview preview, int line, Locale locale) {
        return preview.rows().stream().filter(row -> row.line() == line).findFirst().orElseThrow().problems().stream()
                .map(p -> translations.getTranslation(p.messageKey(), locale, p.arguments().toArray())).toList();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /**
     * A small .xlsx whose sheet unpacks to a million rows (about 70 MB of XML): refused for too many
     * rows having read only as far as the limit, not the whole sheet into memory.
     */
    @Test
    void aSmallFileThatUnpacksToAHugeSheetIsReadOnlyUpToTheRowLimit() throws IOException {
        byte[] bomb = hugeSheet(1_000_000);
        assertThat(bomb.length).as("small enough to upload").isLessThan(20 * 1024 * 1024);
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        ImportPreview preview = imports.read("bomb.xlsx", bomb);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(preview.fileProblem().messageKey()).isEqualTo("error.import.too-many-rows");
        // measured on Temurin 25: opening it as a whole workbook (as before) allocated 2,217 MB; reading
        // the first 100,002 rows as a stream 340 MB
        assertThat(allocated).as("bytes allocated while reading").isLessThan(600L * 1024 * 1024);
    }

    /** The parts of an .xlsx by hand, the sheet written row by row into the zip. */
    private static byte[] hugeSheet(int rows) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            var sheet = new java.io.BufferedWriter(new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8));
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>");
            for (int r = 2; r <= rows; r++) {
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>Owner</t></is></c></row>");
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
