package org.parkgate.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
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
        assertThat(problems(preview, 8, Translations.CHINESE)).containsExactly("请填写业主姓名。");
        assertThat(problems(preview, 8, Locale.ENGLISH)).containsExactly("The owner's name is required.");
        assertThat(preview.rows().get(1).kind()).isEqualTo(VehicleKind.SUV);
    }

    /** What Excel writes: "CSV UTF-8" (with a byte-order mark), plain UTF-8, and on Chinese Windows "CSV" in GBK. */
    @Test
    void aCsvIsReadInTheEncodingItIsIn() {
        String text = "姓名,电话,房号,车牌\r\n张伟,13800138000,1-0101,京A12345\r\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] gb18030 = text.getBytes(Charset.forName("GB18030"));
        byte[] gbk = text.getBytes(Charset.forName("GBK"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (byte[] file : List.of(utf8, concat(bom, utf8), gb18030, concat(bom, gb18030), gbk)) {
            ImportPreview preview = imports.read("owners.csv", file);
            assertThat(preview.fileProblem()).isNull();
            assertThat(preview.rows()).singleElement().satisfies(row -> {
                assertThat(row.name()).isEqualTo("张伟");
                assertThat(row.unit()).isEqualTo("1-0101");
                assertThat(row.plate()).isEqualTo("京A12345");
                assertThat(row.problems()).isEmpty();
            });
        }
        byte[] neither = {'N', 'a', 'm', 'e', '\r', '\n', (byte) 0xFF, (byte) 0xFE, '\r', '\n'};
        ImportProblem refused = imports.read("owners.csv", neither).fileProblem();
        assertThat(translations.getTranslation(refused.messageKey(), Locale.ENGLISH, refused.arguments().toArray()))
                .isEqualTo("This CSV file is neither UTF-8 nor GBK/GB18030 text. Save it again as CSV UTF-8 and import that.");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void aBadPlateIsExplainedByTheCharacterToBlame() throws IOException {
        byte[] file = xlsx(List.of("姓名", "车牌"), List.of(
                Arrays.asList("车一", "京A1234O"),
                Arrays.asList("车二", "XA12345"),
                Arrays.asList("车三", "京112345"),
                Arrays.asList("车四", "京A12?45"),
                Arrays.asList("车五", "京AB23456"),
                Arrays.asList("车六", "京A1234")));
        ImportPreview preview = imports.read("owners.xlsx", file);
        assertThat(problems(preview, 2, Locale.ENGLISH)).containsExactly("Plate 京A1234O: the letter O is not used on plates.");
        assertThat(problems(preview, 2, Translations.CHINESE)).containsExactly("车牌 京A1234O：车牌不使用字母 O。");
        assertThat(problems(preview, 3, Locale.ENGLISH)).containsExactly("Plate XA12345: X is not a province abbreviation.");
        assertThat(problems(preview, 4, Locale.ENGLISH))
                .containsExactly("Plate 京112345: the second character must be a letter, not 1.");
        assertThat(problems(preview, 5, Locale.ENGLISH)).containsExactly("Plate 京A12?45: ? is not allowed as character 5.");
        assertThat(problems(preview, 5, Translations.CHINESE)).containsExactly("车牌 京A12?45：第 5 位不能是 ?。");
        assertThat(problems(preview, 6, Locale.ENGLISH)).as("a new-energy plate has D or F third or last")
                .containsExactly("Plate 京AB23456: B is not allowed as character 3.");
        assertThat(problems(preview, 7, Locale.ENGLISH)).as("no single character to blame")
                .containsExactly("Wrong number of characters");
    }

    @Test
    void theKindNamesOfficesUseAreUnderstood() throws IOException {
        List<String> names = List.of("小型汽车", "大型汽车", "新能源", "小型新能源汽车", "大型新能源汽车", "摩托车", "普通摩托车",
                "轿车", "越野车", "面包车", "商务车", "货车", "其它", "Motorbike");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(Arrays.asList("车型" + i, "湘K" + (30100 + i), names.get(i)));
        }
        ImportPreview preview = imports.read("owners.xlsx", xlsx(List.of("姓名", "车牌", "车型"), rows));
        assertThat(preview.invalidRows()).isZero();
        assertThat(preview.rows()).extracting(ImportRow::kind).containsExactly(VehicleKind.CAR, VehicleKind.TRUCK,
                VehicleKind.CAR, VehicleKind.CAR, VehicleKind.TRUCK, VehicleKind.MOTORCYCLE, VehicleKind.MOTORCYCLE,
                VehicleKind.CAR, VehicleKind.SUV, VehicleKind.VAN, VehicleKind.VAN, VehicleKind.TRUCK, VehicleKind.OTHER,
                VehicleKind.MOTORCYCLE);
    }

    @Test
    void aPhoneIsAMainlandMobileOrALandlineWithItsAreaCode() throws IOException {
        List<String> good = List.of("13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000",
                "+8613800138000", "010-65521234", "(010) 6552 1234", "0755-1234567", "0755-88886666", "021-12345678 转 123",
                "0571-88886666-8001", "+86 10 6552 1234", "+86-755-88886666");
        List<String> bad = List.of("abc", "12345", "1380013800", "138001380001", "12800138000", "010-6552123",
                "65521234", "0755-123456", "+1 415 555 0100", "13800138000 转 12");
        List<List<Object>> rows = new ArrayList<>();
        for (String phone : good) {
            rows.add(Arrays.asList("电话好" + rows.size(), phone));
        }
        for (String phone : bad) {
            rows.add(Arrays.asList("电话坏" + rows.size(), phone));
        }
        ImportPreview preview = imports.read("owners.xlsx", xlsx(List.of("姓名", "电话"), rows));
        String refused = translations.getTranslation("error.owner.phone-invalid", Locale.ENGLISH);
        assertThat(refused).startsWith("A phone number is an 11-digit mobile number");
        assertThat(preview.rows()).filteredOn(row -> row.name().startsWith("电话好"))
                .allSatisfy(row -> assertThat(row.problems()).as(row.phone()).isEmpty());
        assertThat(preview.rows()).filteredOn(row -> row.name().startsWith("电话坏")).hasSize(bad.size())
                .allSatisfy(row -> assertThat(problems(preview, row.line(), Locale.ENGLISH)).as(row.phone())
                        .containsExactly(refused));
    }

    /** The demo's owners (and every owner the tests made) have numbers the rule accepts. */
    @Test
    void everyStoredPhonePassesThePhoneRule() {
        List<String> phones = jdbc.sql("SELECT phone FROM owner WHERE phone IS NOT NULL").query(String.class).list();
        assertThat(phones).hasSizeGreaterThanOrEqualTo(200)
                .allSatisfy(phone -> assertThat(OwnerRules.phoneProblem(phone)).as(phone).isNull());
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
