package org.parkgate.integration.webhook;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.PlateState;
import org.parkgate.access.Reason;
import org.parkgate.arrears.ArrearsChanged;
import org.parkgate.base.Money;
import org.parkgate.billing.InvoiceIssued;
import org.parkgate.billing.PaymentReceived;
import org.parkgate.billing.PaymentReversed;
import org.parkgate.lane.AccessIndex;
import org.parkgate.lane.LaneAlarm;
import org.parkgate.lane.Passage;
import org.parkgate.lane.PassageStored;
import org.parkgate.lane.Site;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What each change tells the webhooks, written while the change's transaction is still open
 * (payments, refunds, invoices, arrears, passages) or in a transaction of its own (alarms). Events
 * of an owner carry the owner as their order key; a visitor's passages their plate.
 */
@Component
class WebhookEvents {

    private final WebhookOutbox outbox;
    private final AccessIndex gate;
    private final Site site;

    WebhookEvents(WebhookOutbox outbox, AccessIndex gate, Site site) {
        this.outbox = outbox;
        this.gate = gate;
        this.site = site;
    }

    @EventListener
    void on(PaymentReceived paid) {
        if (!outbox.wanted(EventType.PAYMENT_RECEIVED)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("paymentId", paid.paymentId());
        data.put("receiptNo", paid.receiptNo());
        data.put("ownerId", paid.ownerId());
        data.put("amount", Money.decimal(paid.amount()));
        data.put("method", paid.method().name());
        data.put("reference", paid.reference());
        outbox.write(EventType.PAYMENT_RECEIVED, ownerKey(paid.ownerId()), paid.receivedAt(), data);
    }

    @EventListener
    void on(PaymentReversed reversed) {
        if (!outbox.wanted(EventType.PAYMENT_REFUNDED)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("paymentId", reversed.paymentId());
        data.put("receiptNo", reversed.receiptNo());
        data.put("ownerId", reversed.ownerId());
        data.put("amount", Money.decimal(reversed.amount()));
        data.put("method", reversed.method().name());
        data.put("kind", reversed.kind().name());
        data.put("reason", reversed.reason());
        outbox.write(EventType.PAYMENT_REFUNDED, ownerKey(reversed.ownerId()), reversed.reversedAt(), data);
    }

    @EventListener
    void on(InvoiceIssued issued) {
        if (!outbox.wanted(EventType.INVOICE_ISSUED)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("invoiceId", issued.invoiceId());
        data.put("ownerId", issued.ownerId());
        data.put("lot", issued.lot());
        data.put("amount", Money.decimal(issued.amount()));
        data.put("periodStart", issued.periodStart().toString());
        data.put("periodEnd", issued.periodEnd().toString());
        data.put("dueOn", issued.dueOn().toString());
        data.put("description", issued.description());
        outbox.write(EventType.INVOICE_ISSUED, ownerKey(issued.ownerId()), issued.issuedAt(), data);
    }

    @EventListener
    void on(ArrearsChanged changed) {
        if (changed.from() == changed.to() || !outbox.wanted(EventType.ARREARS_STAGE_CHANGED)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ownerId", changed.ownerId());
        data.put("from", changed.from().name());
        data.put("to", changed.to().name());
        data.put("amountDue", Money.decimal(changed.amountDue()));
        data.put("daysOverdue", changed.daysOverdue());
        outbox.write(EventType.ARREARS_STAGE_CHANGED, ownerKey(changed.ownerId()), changed.at(), data);
    }

    @EventListener
    void on(PassageStored stored) {
        Passage p = stored.passage();
        boolean blacklisted = Reason.BLACKLISTED.name().equals(p.reason());
        if (!outbox.wanted(EventType.PASSAGE_RECORDED)
                && !(blacklisted && outbox.wanted(EventType.ACCESS_BLACKLISTED_PLATE))) {
            return; // the lane's hot path: no look-up, no body, no write
        }
        PlateState state = p.plate().isEmpty() ? null : gate.index().get(p.plate());
        Long owner = state == null || state.account() == null ? null : state.account().accountId();
        String key = owner != null ? ownerKey(owner) : p.plate().isEmpty() ? null : "plate:" + p.plate();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("passageId", p.id());
        data.put("lane", p.laneId());
        data.put("lot", p.lotId());
        data.put("direction", p.direction().name());
        data.put("plate", p.plate());
        data.put("ownerId", owner);
        data.put("decision", p.opened() ? "OPEN" : "REFUSED");
        data.put("reason", p.reason());
        data.put("amountDue", Money.decimal(p.amountDue()));
        data.put("manual", p.manual());
        data.put("actor", p.actor());
        data.put("note", p.note());
        outbox.write(EventType.PASSAGE_RECORDED, key, p.decidedAt(), data);
        if (blacklisted) {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("plate", p.plate());
            seen.put("lane", p.laneId());
            seen.put("laneName", site.laneName(p.laneId()));
            seen.put("lot", p.lotId());
            seen.put("direction", p.direction().name());
            seen.put("passageId", p.id());
            outbox.write(EventType.ACCESS_BLACKLISTED_PLATE, key, p.decidedAt(), seen);
        }
    }

    @EventListener
    void on(LaneAlarm alarm) {
        if (!outbox.wanted(EventType.LANE_ALARM)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lane", alarm.laneId());
        data.put("laneName", site.laneName(alarm.laneId()));
        data.put("kind", alarm.kind().name());
        data.put("detail", alarm.detail());
        outbox.write(EventType.LANE_ALARM, "lane:" + alarm.laneId(), alarm.at(), data);
    }

    private static @Nullable String ownerKey(@Nullable Long ownerId) {
        return ownerId == null ? null : "owner:" + ownerId;
    }
}
