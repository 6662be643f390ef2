package org.parkgate.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Whether a text reached the phone, as its provider reports later: a text the provider took keeps
 * the provider's id of it ({@code provider_ref}, written by its sender with the SENT status); every {@code parkgate.reminders.sms.receipt-interval} the texts sent in
 * the last {@link #WATCHED} without a report are asked about, and each report is written to the
 * delivery log (DELIVERED, or UNDELIVERED with the provider's code). Only for providers that
 * report (Aliyun, Tencent Cloud); the generic gateway does not.
 */
@Component
class DeliveryReceipts {

    /** How long after sending a text's report is waited for (the providers keep them 2 to 3 days). */
    static final Duration WATCHED = Duration.ofDays(2);
    private static final int ROUND = 200;
    private static final Logger log = LoggerFactory.getLogger(DeliveryReceipts.class);

    private final JdbcClient jdbc;
    private final Channels channels;
    private final Clock clock;

    DeliveryReceipts(JdbcClient jdbc, Channels channels, Clock clock) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${parkgate.reminders.sms.receipt-interval}", initialDelayString = "PT1M")
    void poll() {
        try {
            collect();
        } catch (RuntimeException e) {
            log.error("Collecting SMS delivery receipts failed; the next round tries again", e);
        }
    }

    /** Asks the provider about the texts waiting for a report; returns how many reports were written. */
    int collect() {
        if (!(channels.get(Channel.SMS) instanceof ReceiptSource provider)) {
            return 0;
        }
        List<ReceiptSource.Awaiting> awaiting = jdbc.sql("""
                        SELECT provider_ref, recipient, sent_at FROM reminder_message
                        WHERE channel = 'SMS' AND status = 'SENT' AND provider_ref IS NOT NULL AND receipt IS NULL
                            AND sent_at > ?
                        ORDER BY sent_at LIMIT %d""".formatted(ROUND))
                .param(Timestamp.from(clock.instant().minus(WATCHED)))
                .query((rs, row) -> new ReceiptSource.Awaiting(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
        if (awaiting.isEmpty()) {
            return 0;
        }
        int written = 0;
        for (Receipt receipt : provider.receipts(awaiting)) {
            written += jdbc.sql("""
                            UPDATE reminder_message SET receipt = ?, receipt_at = ?, receipt_detail = ?
                            WHERE channel = 'SMS' AND provider_ref = ? AND receipt IS NULL""")
                    .params(receipt.delivered() ? "DELIVERED" : "UNDELIVERED",
                            receipt.at() == null ? null : Timestamp.from(receipt.at()), cut(receipt.detail()),
                            receipt.reference())
                    .update();
        }
        if (written > 0) {
            log.info("SMS delivery receipts: {} texts reported on", written);
        }
        return written;
    }

    private static String cut(String detail) {
        return detail.length() <= 200 ? detail : detail.substring(0, 200);
    }
}
