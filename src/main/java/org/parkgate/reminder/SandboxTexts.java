package org.parkgate.reminder;

import java.time.Instant;
import java.util.List;

/**
 * What the demo's stand-in SMS gateway received (present only when
 * {@code parkgate.reminders.sms.sandbox} is on, which production refuses): the demo's phone, so
 * that whoever tries the demo can read the texts, sign-in codes included.
 */
public interface SandboxTexts {

    /** A text as the gateway received it. */
    record Text(String phone, String content, Instant receivedAt) {
    }

    /** The texts received, newest first. */
    List<Text> received();
}
