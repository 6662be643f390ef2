package org.parkgate.billing.provider.alipay;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Alipay's times: {@code yyyy-MM-dd HH:mm:ss} in China's time (Asia/Shanghai), whatever the office's zone. */
final class AlipayTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private AlipayTime() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant.atZone(ZONE));
    }

    /** The instant, or null when the text is empty or not such a time. */
    static @Nullable Instant parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), FORMAT).atZone(ZONE).toInstant();
        } catch (DateTimeException unreadable) {
            return null;
        }
    }
}
