package org.parkgate.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.billing.AccountBalance;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.Reversal;
import org.parkgate.billing.VisitCharges;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A day worked by hand: a pass paid late in cash (the late fee to its own account), a visit on
 * an owner's account paid by card and refunded, a debt paid by WeChat Pay. Its vouchers: one per
 * channel, each balanced, every amount the ledger's; the Kingdee file carries them row by row; the
 * day is exported once unless asked again.
 */
class VouchersTest extends KaribuTest {

    /** A day no other test books money on. */
    private static final Instant DAY = Instant.parse("2027-02-17T02:00:00Z");

    @Autowired
    Vouchers vouchers;
    @Autowired
    VoucherAccounts accounts;
    @Autowired
    PaymentService payments;
    @Autowired
    PassService passes;
    @Autowired
    VisitCharges visits;
    @Autowired
    RegistryService registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aHandWorkedDayBecomesBalancedVouchersPerChannelExportedOnce() throws Exception {
        clock.set(DAY.minus(Duration.ofDays(40)));
        login("manager", Role.MANAGER, Role.CASHIER);
        long late = registry.createOwner(new NewOwner("晚交月卡", "13900290001", "9-901"));
        registry.addVehicle(late, "甘M29001", VehicleKind.CAR, null);
        var plan = passes.plans().getFirst();
        passes.sell(late, plan.id(), List.of("甘M29001"), LocalDate.now(clock));
        long visited = registry.createOwner(new NewOwner("访客业主", "13900290002", "9-902"));
        long online = registry.createOwner(new NewOwner("线上业主", "13900290003", "9-903"));

        clock.set(DAY);
        LocalDate day = LocalDate.now(clock);
        AccountBalance lateBalance = payments.balance(late);
        long lateFee = lateBalance.items().getFirst().lateFee();
        assertThat(lateFee).as("the demo lot charges late fees").isPositive();
        payments.recordAtCounter(late, lateBalance.total(), PaymentMethod.CASH, null);

        visits.charge(visited, plan.lot(), day, "访客 甘M29002 2 小时", 1500, "voucher-test-visit");
        long card = payments.recordAtCounter(visited, 1500, PaymentMethod.CARD, "POS 778");
        clock.advance(Duration.ofHours(1));
        payments.reverse(card, Reversal.REFUND, "访客投诉，退回");

        visits.charge(online, plan.lot(), day, "访客 甘M29003 1 小时", 800, "voucher-test-online");
        jdbc.sql("""
                        INSERT INTO payment_order (id, token_hash, provider, purpose, owner, amount, currency, created_at, expires_at)
                        VALUES ('VT2027021700001', 'voucher-test', 'wechat', 'ARREARS', ?, 800, 'CNY', ?, ?)""")
                .params(online, Timestamp.from(clock.instant()), Timestamp.from(clock.instant().plusSeconds(900))).update();
        transaction.executeWithoutResult(status -> payments.recordOnline(online, 800, "VT2027021700001"));

        List<Voucher> made = vouchers.of(vouchers.day(day));
        assertThat(made).extracting(Voucher::channel)
                .containsExactly(Voucher.Channel.CASH, Voucher.Channel.CARD, Voucher.Channel.WECHAT);
        assertThat(made).allSatisfy(v -> assertThat(v.debits()).as("voucher " + v.number()).isEqualTo(v.credits()));

        Voucher cash = made.get(0);
        assertThat(lines(cash)).containsExactly(
                "CASH 1001 D " + lateBalance.total(),
                "LATE_FEE_INCOME 5301.01 C " + lateFee,
                "PREPAID_PASSES 2203.01 C " + plan.price());
        assertThat(lines(made.get(1))).containsExactly(
                "CARD 1002 D 1500", "PARKING_REVENUE 5001.01 C 1500",
                "REFUNDS 5001.09 D 1500", "CARD 1002 C 1500");
        assertThat(lines(made.get(2))).containsExactly("WECHAT 1012.01 D 800", "PARKING_REVENUE 5001.01 C 800");
        assertThat(made.get(1).lines().getFirst().auxiliary()).isEqualTo("9-902 访客业主");
        long ledgerNet = jdbc.sql("SELECT SUM(amount) FROM ledger_entry WHERE entered_at >= ? AND entered_at < ?")
                .params(Timestamp.from(vouchers.day(day).after()), Timestamp.from(vouchers.day(day).until()))
                .query(Long.class).single();
        long moneyIn = made.stream().flatMap(v -> v.lines().stream())
                .filter(l -> l.account() != VoucherAccount.REFUNDS && l.account().ordinal() <= VoucherAccount.ONLINE.ordinal())
                .mapToLong(l -> l.debit() - l.credit()).sum();
        assertThat(moneyIn).as("the money accounts move by the ledger's net").isEqualTo(ledgerNet);

        assertThatThrownBy(() -> vouchers.export(vouchers.day(day), VoucherFormat.KINGDEE, false))
                .isInstanceOf(VoucherException.class).hasMessage("vouchers.error.day-not-over");
        clock.advance(Duration.ofDays(1));
        login("manager", Role.MANAGER);
        accounts.change(VoucherAccount.WECHAT, "1012.11", "其他货币资金-微信商户号");
        try {
            byte[] file = vouchers.export(vouchers.day(day), VoucherFormat.KINGDEE, false);
            List<List<String>> rows = rows(file);
            assertThat(rows.getFirst()).startsWith("日期", "凭证字", "凭证号", "摘要", "科目代码", "科目名称", "借方金额",
                    "贷方金额", "币别", "制单人");
            assertThat(rows).hasSize(1 + 3 + 4 + 2);
            List<String> wechat = rows.get(8);
            assertThat(wechat.subList(1, 3)).containsExactly("记", "3");
            assertThat(wechat.subList(4, 6)).containsExactly("1012.11", "其他货币资金-微信商户号");
            assertThat(new BigDecimal(wechat.get(6))).isEqualByComparingTo("8");
            assertThat(wechat.subList(8, 10)).containsExactly("人民币", "manager");
            BigDecimal debits = BigDecimal.ZERO;
            BigDecimal credits = BigDecimal.ZERO;
            for (List<String> row : rows.subList(1, rows.size())) {
                debits = debits.add(new BigDecimal(row.get(6)));
                credits = credits.add(new BigDecimal(row.get(7)));
            }
            assertThat(debits).isEqualByComparingTo(credits);

            assertThatThrownBy(() -> vouchers.export(vouchers.day(day), VoucherFormat.CSV, false))
                    .isInstanceOf(VoucherException.class).hasMessage("vouchers.error.exported")
                    .satisfies(e -> assertThat(((VoucherException) e).arguments()).contains("manager"));
            String csv = new String(vouchers.export(vouchers.day(day), VoucherFormat.CSV, true), StandardCharsets.UTF_8);
            assertThat(csv).contains("voucher_word").contains("WECHAT").contains("退款 ");
            assertThat(vouchers.exportsOf(vouchers.day(day))).extracting(Vouchers.Export::format)
                    .containsExactly(VoucherFormat.KINGDEE, VoucherFormat.CSV);
        } finally {
            accounts.change(VoucherAccount.WECHAT, VoucherAccount.WECHAT.defaultCode(), VoucherAccount.WECHAT.defaultName());
        }
    }

    private static List<String> lines(Voucher voucher) {
        return voucher.lines().stream().map(l -> l.account() + " " + l.code().code() + " "
                + (l.debit() > 0 ? "D " + l.debit() : "C " + l.credit())).toList();
    }

    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        var formatter = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }
}
