package org.parkgate.billing.provider.alipay;

/**
 * What {@link AlipayNotification#read} made of a notification: {@link Verified} (authentic and for
 * this merchant; the caller still matches it to its order with {@link AlipayNotice#against}), or
 * {@link Rejected} with the {@link Reason} and a line for the log. A rejected notification changes
 * nothing; it is answered with anything but {@code success}, so Alipay sends it again later.
 */
public sealed interface NotificationReading {

    record Verified(AlipayNotice notice) implements NotificationReading {
    }

    record Rejected(Reason reason, String why) implements NotificationReading {
    }

    enum Reason {
        /** Longer than {@link AlipayNotification#MAX_BODY_BYTES}. */
        TOO_LARGE,
        /** Not a form-encoded body, truncated inside an escape, a parameter twice, or a field missing or unreadable. */
        MALFORMED,
        /** A {@code sign_type} other than RSA2. */
        UNSUPPORTED_SIGN_TYPE,
        /** No signature, or not Alipay's signature of these parameters (forged, tampered, truncated). */
        NOT_AUTHENTIC,
        /** Signed, but for another {@code app_id}. */
        WRONG_APP,
        /** Signed, but for another {@code seller_id}. */
        WRONG_SELLER,
        /** Signed, but a {@code trade_status} that ParkGate does not know. */
        UNKNOWN_STATUS
    }
}
