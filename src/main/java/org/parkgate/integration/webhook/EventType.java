package org.parkgate.integration.webhook;

import java.util.Optional;

/** What a webhook endpoint can ask to be told of; written {@code payment.received} and so on. */
public enum EventType {
    PAYMENT_RECEIVED("payment.received"),
    PAYMENT_REFUNDED("payment.refunded"),
    INVOICE_ISSUED("invoice.issued"),
    ARREARS_STAGE_CHANGED("arrears.stage_changed"),
    PASSAGE_RECORDED("passage.recorded"),
    LANE_ALARM("lane.alarm"),
    ACCESS_BLACKLISTED_PLATE("access.blacklisted_plate");

    private final String written;

    EventType(String written) {
        this.written = written;
    }

    /** As integrators write it, and as the {@code type} of the event's body. */
    public String written() {
        return written;
    }

    public static Optional<EventType> of(String written) {
        for (EventType type : values()) {
            if (type.written.equals(written)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
