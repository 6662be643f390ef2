package org.parkgate.lane;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which refusals were paid at the booth (收费放行): per refused passage the payment taken for it
 * and the passage that opened the barrier. At most one per refusal: the table's key is the refusal.
 */
@Component
class BoothPaymentRecords {

    private final JdbcClient jdbc;

    BoothPaymentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A refusal paid at the booth; {@code openingId} null once that passage is archived. */
    record Paid(long refusalId, long paymentId, String receiptNo, long amount, @Nullable Long openingId) {
    }

    /** What was taken for this refusal, if anything. */
    @Transactional(readOnly = true)
    Optional<Paid> of(long refusalId) {
        return jdbc.sql("SELECT refusal, payment, receipt_no, amount, opening FROM booth_payment WHERE refusal = ?")
                .param(refusalId)
                .query((rs, row) -> new Paid(rs.getLong("refusal"), rs.getLong("payment"), rs.getString("receipt_no"),
                        rs.getLong("amount"), rs.getObject("opening", Long.class)))
                .optional();
    }

    /** In the transaction that took the money and recorded the opening; a second one for the refusal fails. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(Paid paid) {
        jdbc.sql("INSERT INTO booth_payment (refusal, payment, receipt_no, amount, opening) VALUES (?, ?, ?, ?, ?)")
                .params(paid.refusalId(), paid.paymentId(), paid.receiptNo(), paid.amount(), paid.openingId())
                .update();
    }
}
