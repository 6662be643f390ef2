package org.parkgate.billing.provider;

import java.util.Map;

/**
 * A way to pay online (a Spring bean per provider, found by {@link #name()}). A provider bean
 * exists only when it is configured: with none, ParkGate takes no online payment.
 *
 * <p>Contract: {@link #payUrl} gives the page where the payer pays an order; {@link #verify}
 * checks a notification as received (headers with lower-case names, the raw body) and throws
 * {@link InvalidNotificationException} unless it is authentic and fresh; {@link #query} asks the
 * provider for an order's state over its authenticated channel, for notifications that never
 * came, and reports the amount and currency it took (the caller checks them against the order).
 */
public interface PaymentProvider {

    String name();

    String payUrl(String orderId, String token);

    ProviderNotification verify(Map<String, String> headers, String rawBody);

    ProviderOrderState query(String orderId);
}
