package org.parkgate.reminder;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a provider reported about one text it took: {@code reference} is its id of the message
 * (Aliyun's BizId, Tencent Cloud's SerialNo), whether the phone got it, the provider's words
 * (an error code, "DELIVRD") and when the phone got it or the provider gave up.
 */
public record Receipt(String reference, boolean delivered, String detail, @Nullable Instant at) {
}
