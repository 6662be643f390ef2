package org.parkgate.billing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the ledger for shift handovers. A payment and a refund count in the till of whoever
 * entered them (they took or handed out the money); a void counts in the till of whoever took the
 * voided payment, in the shift that took it: the money never was in the voiding manager's drawer,
 * and the cashier's slip must match the cashier's drawer.
 */
@Component
class ShiftTills {

    private final JdbcClient jdbc;

    ShiftTills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cashier's till after {@code from} (null: since the beginning) until {@code to}, included. */
    Handover till(String cashier, @Nullable Instant from, Instant to, @Nullable String note) {
        Map<PaymentMethod, Long> byMethod = new EnumMap<>(PaymentMethod.class);
        for (PaymentMethod method : PaymentMethod.values()) {
            byMethod.put(method, 0L);
        }
        int[] entries = new int[1];
        jdbc.sql("""
                        SELECT method, COUNT(*) AS entries, SUM(amount) AS net FROM ledger_entry
                        WHERE actor = ? AND kind <> 'VOID' AND entered_at > ? AND entered_at <= ? GROUP BY method""")
                .params(cashier, Timestamp.from(start(from)), Timestamp.from(to))
                .query(rs -> {
                    byMethod.put(PaymentMethod.valueOf(rs.getString("method")), rs.getLong("net"));
                    entries[0] += rs.getInt("entries");
                });
        var open = new Handover(0, cashier, from, to, byMethod, 0, note, List.of());
        List<VoidedPayment> voids = withVoids(List.of(open)).getFirst().voids();
        for (VoidedPayment voided : voids) {
            byMethod.merge(voided.method(), voided.amount(), Long::sum);
        }
        return new Handover(0, cashier, from, to, byMethod, entries[0] + voids.size(), note, voids);
    }

    /**
     * The same handovers with the voids of the payments each one took: for a signed-off one also
     * those entered since (up to now), for an open till (id 0) those until its end. Read in one pass
     * over the voids since the earliest shift began (voids are few; none is older than its payment).
     */
    List<Handover> withVoids(List<Handover> handovers) {
        if (handovers.isEmpty()) {
            return handovers;
        }
        record Taken(String cashier, Instant at, VoidedPayment voided) {
        }
        Set<String> cashiers = handovers.stream().map(Handover::cashier).collect(Collectors.toSet());
        Instant from = handovers.stream().map(h -> start(h.from())).min(Comparator.naturalOrder()).orElseThrow();
        Instant to = handovers.stream().map(Handover::to).max(Comparator.naturalOrder()).orElseThrow();
        List<Taken> taken = jdbc.sql("""
                        SELECT t.actor AS cashier, t.entered_at AS taken_at, p.receipt_no, v.method, v.amount,
                               v.actor AS voided_by, v.entered_at AS voided_at
                        FROM ledger_entry v
                        JOIN ledger_entry t ON t.payment = v.payment AND t.kind = 'PAYMENT'
                        JOIN payment p ON p.id = v.payment
                        WHERE v.kind = 'VOID' AND v.entered_at > :from
                          AND t.actor IN (:cashiers) AND t.entered_at > :from AND t.entered_at <= :to
                        ORDER BY v.entered_at, v.id""")
                .param("cashiers", cashiers).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, row) -> new Taken(rs.getString("cashier"), rs.getTimestamp("taken_at").toInstant(),
                        new VoidedPayment(rs.getString("receipt_no"), PaymentMethod.valueOf(rs.getString("method")),
                                rs.getLong("amount"), rs.getString("voided_by"),
                                rs.getTimestamp("voided_at").toInstant())))
                .list();
        List<Handover> complete = new ArrayList<>(handovers.size());
        for (Handover h : handovers) {
            List<VoidedPayment> voids = taken.stream()
                    .filter(t -> t.cashier().equals(h.cashier()) && t.at().isAfter(start(h.from()))
                            && !t.at().isAfter(h.to()))
                    .map(Taken::voided)
                    .filter(voided -> h.id() != 0 || !voided.voidedAt().isAfter(h.to()))
                    .toList();
            complete.add(new Handover(h.id(), h.cashier(), h.from(), h.to(), h.byMethod(), h.entries(), h.note(),
                    voids));
        }
        return complete;
    }

    private static Instant start(@Nullable Instant from) {
        return from == null ? Instant.EPOCH : from;
    }
}
