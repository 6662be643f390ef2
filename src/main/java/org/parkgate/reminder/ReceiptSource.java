package org.parkgate.reminder;

import java.time.Instant;
import java.util.List;

/** An SMS channel whose provider says later whether a text reached the phone (its status query). */
public interface ReceiptSource {

    /** A text sent and not yet reported on: the provider's id of it, the number and when it was sent. */
    record Awaiting(String reference, String phone, Instant sentAt) {
    }

    /**
     * What the provider reports now about these texts (those still on their way are left out).
     * A provider that reports everything pending (Tencent Cloud's pull) may also report others.
     */
    List<Receipt> receipts(List<Awaiting> awaiting);
}
