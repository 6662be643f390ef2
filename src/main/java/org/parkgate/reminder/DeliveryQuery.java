package org.parkgate.reminder;

import org.jspecify.annotations.Nullable;

/** A page of the delivery log: owner text (name, phone, unit, plate), status and channel filters. */
public record DeliveryQuery(String text, @Nullable DeliveryStatus status, @Nullable Channel channel, int offset,
        int limit) {
}
