package org.parkgate.billing;

import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction that applied an online payment: the order, and where it came from
 * (a lane denial names the lane and plate, so a vehicle still waiting there can be let through).
 */
public record OnlinePaymentReceived(String orderId, OrderPurpose purpose, @Nullable String plate,
        @Nullable String laneId, long amount) {
}
