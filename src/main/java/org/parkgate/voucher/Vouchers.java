package org.parkgate.voucher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;
import org.parkgate.base.ui.Translations;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of a day or a shift as vouchers: one per channel (cash, card, transfer, WeChat Pay,
 * Alipay, other online) that moved money, each balanced. A payment debits its channel's account
 * and credits, per invoice it paid, the late fee to late-fee income (first, where the invoice had
 * one) and the rest to prepaid passes (a pass period's invoice) or parking revenue (a visit on the
 * owner's account); a stay fee without an owner credits parking revenue. A void or refund debits
 * refunds and credits the channel. Exported once per period unless asked again, recorded and audited.
 */
@Service
@PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
public class Vouchers {

    /** Each export of a period: when, by whom, how. */
    public record Export(String periodKey, VoucherFormat format, int vouchers, long total, Instant at, String by) {
    }

    private final JdbcClient jdbc;
    private final VoucherAccounts accounts;
    private final Translations translations;
    private final AuditLog audit;
    private final Clock clock;

    Vouchers(JdbcClient jdbc, VoucherAccounts accounts, Translations translations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The whole of a past day. */
    public VoucherPeriod day(LocalDate day) {
        ZoneId zone = clock.getZone();
        return new VoucherPeriod("day:" + day, day, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant(), false, null);
    }

    /** A handed-over shift as the page lists it. */
    public record Shift(long id, String cashier, Instant from, Instant to) {
    }

    /** The last 100 handed-over shifts, newest first. */
    @Transactional(readOnly = true)
    public List<Shift> recentShifts() {
        return jdbc.sql("SELECT id, cashier, from_at, to_at FROM shift_handover ORDER BY to_at DESC, id DESC LIMIT 100")
                .query((rs, row) -> new Shift(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** A handed-over shift (as {@link #recentShifts()} lists it): the cashier's entries after its start up to its end. */
    public VoucherPeriod shift(Shift shift) {
        return new VoucherPeriod("shift:" + shift.id(), LocalDate.ofInstant(shift.to(), clock.getZone()), shift.from(),
                shift.to(), true, shift.cashier());
    }

    private record Entry(long id, String kind, long payment, @Nullable Long owner, long amount, Voucher.Channel channel,
            String receiptNo, String auxiliary) {
    }

    private record Allocation(long amount, long lateFee, boolean pass) {
    }

    /** The period's vouchers, numbered from 1 in channel order; empty when no money moved. */
    @Transactional(readOnly = true)
    public List<Voucher> of(VoucherPeriod period) {
        Map<VoucherAccount, AccountCode> codes = accounts.mapping();
        Map<Voucher.Channel, List<VoucherLine>> lines = new EnumMap<>(Voucher.Channel.class);
        List<Entry> entries = entries(period);
        Map<Long, List<Allocation>> allocated = allocations(entries);
        for (Entry entry : entries) {
            List<VoucherLine> voucher = lines.computeIfAbsent(entry.channel(), c -> new ArrayList<>());
            VoucherAccount money = VoucherAccount.valueOf(entry.channel().name());
            if (entry.kind().equals("PAYMENT")) {
                voucher.add(line("received", entry, money, codes, entry.amount(), 0));
                long left = entry.amount();
                for (Allocation a : allocated.getOrDefault(entry.payment(), List.of())) {
                    long lateFee = Math.min(a.lateFee(), a.amount());
                    if (lateFee > 0) {
                        voucher.add(line("late-fee", entry, VoucherAccount.LATE_FEE_INCOME, codes, 0, lateFee));
                    }
                    if (a.amount() > lateFee) {
                        voucher.add(a.pass() ? line("pass", entry, VoucherAccount.PREPAID_PASSES, codes, 0, a.amount() - lateFee)
                                : line("parking", entry, VoucherAccount.PARKING_REVENUE, codes, 0, a.amount() - lateFee));
                    }
                    left -= a.amount();
                }
                if (left > 0) { // a stay fee: nothing to allocate
                    voucher.add(line("parking", entry, VoucherAccount.PARKING_REVENUE, codes, 0, left));
                }
            } else {
                long back = -entry.amount();
                String why = entry.kind().equals("VOID") ? "void" : "refund";
                voucher.add(line(why, entry, VoucherAccount.REFUNDS, codes, back, 0));
                voucher.add(line(why, entry, money, codes, 0, back));
            }
        }
        List<Voucher> vouchers = new ArrayList<>();
        lines.forEach((channel, booked) -> vouchers.add(new Voucher(period.date(), vouchers.size() + 1, channel, booked)));
        for (Voucher v : vouchers) {
            if (!v.balanced()) { // cannot happen by the rules above; never hand the accountant an unbalanced voucher
                throw new IllegalStateException("voucher " + v.number() + " of " + period.key() + " does not balance");
            }
        }
        return vouchers;
    }

    /** The exports of the period so far, oldest first. */
    @Transactional(readOnly = true)
    public List<Export> exportsOf(VoucherPeriod period) {
        return jdbc.sql("""
                        SELECT period_key, format, vouchers, total, exported_at, exported_by FROM voucher_export
                        WHERE period_key = ? ORDER BY id""")
                .param(period.key())
                .query((rs, row) -> new Export(rs.getString(1), VoucherFormat.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getLong(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    /**
     * The period's vouchers as a file, recorded as exported. Refused: a day not over yet, a period
     * with no money, and a period exported before unless {@code again} (the refusal says when and
     * by whom).
     */
    @Transactional
    public byte[] export(VoucherPeriod period, VoucherFormat format, boolean again) {
        if (period.cashier() == null && !period.date().isBefore(LocalDate.now(clock))) {
            throw new VoucherException("vouchers.error.day-not-over", period.date());
        }
        List<Export> before = exportsOf(period);
        if (!before.isEmpty() && !again) {
            Export last = before.getLast();
            throw new VoucherException("vouchers.error.exported", period.key(),
                    org.parkgate.base.ui.DateTimes.format(last.at(), clock), last.by());
        }
        List<Voucher> vouchers = of(period);
        if (vouchers.isEmpty()) {
            throw new VoucherException("vouchers.error.nothing", period.key());
        }
        var out = new ByteArrayOutputStream();
        try {
            VoucherFiles.write(vouchers, format, AuditLog.currentActor(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long total = vouchers.stream().mapToLong(Voucher::debits).sum();
        jdbc.sql("""
                        INSERT INTO voucher_export (period_key, format, vouchers, total, exported_at, exported_by)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(period.key(), format.name(), vouchers.size(), total, Timestamp.from(clock.instant()),
                        AuditLog.currentActor())
                .update();
        audit.record(AuditAction.VOUCHERS_EXPORTED, period.key(), format + ", " + vouchers.size() + " vouchers, "
                + Money.yuan(total) + (before.isEmpty() ? "" : ", again"));
        return out.toByteArray();
    }

    private VoucherLine line(String what, Entry entry, VoucherAccount account, Map<VoucherAccount, AccountCode> codes,
            long debit, long credit) {
        String summary = translations.getTranslation("vouchers.summary." + what, Translations.CHINESE, entry.receiptNo(),
                entry.auxiliary());
        return new VoucherLine(summary.strip(), account, codes.get(account), debit, credit, entry.auxiliary());
    }

    private List<Entry> entries(VoucherPeriod period) {
        String upper = period.untilIncluded() ? "l.entered_at <= ?" : "l.entered_at < ?";
        String lower = period.untilIncluded() ? "l.entered_at > ?" : "l.entered_at >= ?";
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(period.after()), Timestamp.from(period.until())));
        String cashier = "";
        if (period.cashier() != null) {
            cashier = " AND l.actor = ?";
            params.add(period.cashier());
        }
        return jdbc.sql("""
                        SELECT l.id, l.kind, l.payment, l.owner, l.amount, l.method, p.receipt_no, o.unit, o.name, po.provider
                        FROM ledger_entry l JOIN payment p ON p.id = l.payment LEFT JOIN owner o ON o.id = l.owner
                        LEFT JOIN payment_order po ON po.id = p.reference AND p.method = 'ONLINE'
                        WHERE %s AND %s%s ORDER BY l.id""".formatted(lower, upper, cashier))
                .params(params)
                .query((rs, row) -> new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        (Long) rs.getObject(4, Long.class), rs.getLong(5), channel(rs.getString(6), rs.getString(10)),
                        rs.getString(7), auxiliary(rs.getString(8), rs.getString(9))))
                .list();
    }

    /** What each payment among the entries paid, invoice by invoice, in one read. */
    private Map<Long, List<Allocation>> allocations(List<Entry> entries) {
        List<Long> paid = entries.stream().filter(e -> e.kind().equals("PAYMENT")).map(Entry::payment).toList();
        Map<Long, List<Allocation>> allocated = new HashMap<>();
        if (paid.isEmpty()) {
            return allocated;
        }
        jdbc.sql("""
                        SELECT a.payment, a.amount, a.late_fee, i.subscription IS NOT NULL FROM payment_allocation a
                        JOIN invoice i ON i.id = a.invoice WHERE a.payment IN (:payments) ORDER BY a.payment, a.invoice""")
                .param("payments", paid)
                .query(rs -> {
                    allocated.computeIfAbsent(rs.getLong(1), p -> new ArrayList<>())
                            .add(new Allocation(rs.getLong(2), rs.getLong(3), rs.getBoolean(4)));
                });
        return allocated;
    }

    private static Voucher.Channel channel(String method, @Nullable String provider) {
        if (!method.equals("ONLINE")) {
            return Voucher.Channel.valueOf(method);
        }
        return "wechat".equals(provider) ? Voucher.Channel.WECHAT
                : "alipay".equals(provider) ? Voucher.Channel.ALIPAY : Voucher.Channel.ONLINE;
    }

    private static String auxiliary(@Nullable String unit, @Nullable String name) {
        if (name == null) {
            return "";
        }
        return unit == null ? name : unit + " " + name;
    }
}
