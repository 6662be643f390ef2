package org.parkgate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.Table;
import org.parkgate.base.ui.Translations;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.Rate;
import org.parkgate.billing.Reversal;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The collection report of March 2029 against totals worked out by hand. The month's money:
 * owner A pays his 300.00 monthly pass in cash on the 1st; owner B pays her 2,400.00 yearly pass
 * by transfer on the 1st, the manager voids it on the 10th (wrong owner) and she pays again by card
 * with 9 days' late fee (0.05 % a day: 10.80). Nothing else in the shared test database is dated
 * March 2029.
 */
class CollectionReportTest extends KaribuTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final YearMonth MARCH = YearMonth.of(2029, 3);

    @Autowired
    Reports reports;
    @Autowired
    PassService passes;
    @Autowired
    PaymentService payments;
    @Autowired
    RegistryService registry;

    static boolean prepared;

    @BeforeEach
    void theMoneyOfMarch() {
        if (prepared) {
            return;
        }
        prepared = true;
        at(LocalDate.of(2029, 2, 20));
        login("manager", Role.MANAGER);
        long monthly = passes.createPlan(new NewPassPlan("报表月卡", PassPeriod.MONTH, 30000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        long yearly = passes.createPlan(new NewPassPlan("报表年卡", PassPeriod.YEAR, 240000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        long a = owner("报表甲", "琼A30001");
        long b = owner("报表乙", "琼A30002");
        passes.sell(a, monthly, List.of("琼A30001"), MARCH.atDay(1));
        passes.sell(b, yearly, List.of("琼A30002"), MARCH.atDay(1));

        at(MARCH.atDay(1));
        login("cashier", Role.CASHIER);
        payments.recordAtCounter(a, 30000, PaymentMethod.CASH, null);
        long wrong = payments.recordAtCounter(b, 240000, PaymentMethod.TRANSFER, "bank 1");
        at(MARCH.atDay(10));
        login("manager", Role.MANAGER);
        payments.reverse(wrong, Reversal.VOID, "booked for the wrong owner");
        login("cashier", Role.CASHIER);
        assertThat(payments.balance(b).total()).as("9 days late: 0.05 % a day").isEqualTo(240000 + 9 * 120);
        payments.recordAtCounter(b, 241080, PaymentMethod.CARD, null);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void theFiguresAreTheOnesWorkedOutByHand() {
        login("manager", Role.MANAGER);
        Report report = reports.make(ReportKind.COLLECTION, MARCH, null, Translations.ENGLISH);
        assertThat(report.title()).isEqualTo("Parking fee collection 2029-03");
        assertThat(rows(report.section("Summary").table())).containsExactly(
                List.of("Payment", 3L, yuan("5110.80")),
                List.of("Void", 1L, yuan("-2400.00")),
                List.of("Refund", 0L, yuan("0.00")),
                List.of("Visitor fees paid online", 0L, yuan("0.00")),
                List.of("Total", "", yuan("2710.80")));
        assertThat(rows(report.section("By payment method").table())).containsExactly(
                List.of("Card", 1L, yuan("2410.80"), yuan("0.00"), yuan("2410.80")),
                List.of("Cash", 1L, yuan("300.00"), yuan("0.00"), yuan("300.00")),
                List.of("Bank transfer", 1L, yuan("2400.00"), yuan("-2400.00"), yuan("0.00")),
                List.of("Total", 3L, yuan("5110.80"), yuan("-2400.00"), yuan("2710.80")));
        assertThat(rows(report.section("By pass plan").table())).containsExactly(
                List.of("报表年卡", yuan("2400.00"), yuan("10.80"), yuan("2410.80")),
                List.of("报表月卡", yuan("300.00"), yuan("0.00"), yuan("300.00")),
                List.of("Total", yuan("2700.00"), yuan("10.80"), yuan("2710.80")));
        assertThat(rows(report.section("By staff member").table())).containsExactly(
                List.of("cashier", 3L, yuan("5110.80"), yuan("0.00"), yuan("5110.80")),
                List.of("manager", 0L, yuan("0.00"), yuan("-2400.00"), yuan("-2400.00")),
                List.of("Total", 3L, yuan("5110.80"), yuan("-2400.00"), yuan("2710.80")));
    }

    @Test
    void thePdfAndTheSpreadsheetSayTheSameInChinese() throws Exception {
        login("manager", Role.MANAGER);
        List<Double> progress = new ArrayList<>();
        GeneratedReport made = reports.generate(ReportKind.COLLECTION, MARCH, null, Translations.CHINESE,
                progress::add);
        assertThat(progress).last().isEqualTo(1.0);
        assertThat(made.fileName()).isEqualTo("parkgate-collection-2029-03");

        try (var pdf = Loader.loadPDF(made.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("2029-03 停车费收缴报表", "按支付方式", "现金", "银行转账", "报表年卡",
                    "2710.80", "-2400.00", "由 manager");
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(made.xlsx()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            var byMethod = workbook.getSheet("按支付方式");
            var formatter = new DataFormatter();
            List<String> last = new ArrayList<>();
            Row total = byMethod.getRow(byMethod.getLastRowNum());
            total.forEach(cell -> last.add(formatter.formatCellValue(cell)));
            assertThat(last).containsExactly("合计", "3", "5110.80", "-2400.00", "2710.80");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("2029-03 停车费收缴报表");
        }
    }

    @Test
    void onlyManagersAndAdminsMakeReportsAndAStatementNeedsAKnownPlate() {
        login("cashier", Role.CASHIER);
        assertThatThrownBy(() -> reports.make(ReportKind.COLLECTION, MARCH, null, Translations.ENGLISH))
                .isInstanceOf(AuthorizationDeniedException.class);
        login("admin", Role.ADMIN);
        assertThatThrownBy(() -> reports.make(ReportKind.OWNER_STATEMENT, MARCH, "琼Z99999", Translations.ENGLISH))
                .isInstanceOf(ReportException.class).hasMessage("error.report.owner-unknown");
        Report statement = reports.make(ReportKind.OWNER_STATEMENT, MARCH, "琼A30002", Translations.ENGLISH);
        assertThat(rows(statement.section("Payments, voids and refunds in the month").table()))
                .extracting(row -> row.get(4))
                .containsExactly(yuan("2400.00"), yuan("-2400.00"), yuan("2410.80"), yuan("2410.80"));
    }

    @Test
    void aPartPaymentPaysTheFeeFirstAndTheLateFeeOnlyBeyondIt() {
        YearMonth september = YearMonth.of(2029, 9);
        at(LocalDate.of(2029, 8, 20));
        login("manager", Role.MANAGER);
        long plan = passes.createPlan(new NewPassPlan("分期月卡", PassPeriod.MONTH, 30000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        long owner = owner("分期丙", "琼A30003");
        passes.sell(owner, plan, List.of("琼A30003"), september.atDay(1));
        login("cashier", Role.CASHIER);
        at(september.atDay(1));
        payments.recordAtCounter(owner, 10000, PaymentMethod.CASH, null);
        at(september.atDay(11));
        assertThat(payments.balance(owner).total()).as("10 days late on 300.00: 1.50").isEqualTo(20000 + 150);
        payments.recordAtCounter(owner, 20150, PaymentMethod.CASH, null);

        login("manager", Role.MANAGER);
        Report report = reports.make(ReportKind.COLLECTION, september, null, Translations.ENGLISH);
        assertThat(rows(report.section("By pass plan").table())).contains(
                List.of("分期月卡", yuan("300.00"), yuan("1.50"), yuan("301.50")));
    }

    private long owner(String name, String plate) {
        long owner = registry.createOwner(new NewOwner(name, "13600000000", null));
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        return owner;
    }

    private void at(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(BEIJING).toInstant());
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    private static List<List<Object>> rows(Table table) {
        return table.rows();
    }
}
