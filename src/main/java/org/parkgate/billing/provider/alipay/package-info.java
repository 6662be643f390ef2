/**
 * Alipay's open API (公钥模式, RSA2) with the JDK alone: {@link org.parkgate.billing.provider.alipay.AlipaySignature}
 * (the string to sign and SHA256withRSA), {@link org.parkgate.billing.provider.alipay.AlipayClient} (precreate,
 * query, close, refund and refund query on the gateway, every answer verified before it is believed) and
 * {@link org.parkgate.billing.provider.alipay.AlipayNotification} (form-encoded notifications), configured by
 * {@link org.parkgate.billing.provider.alipay.AlipaySettings}; {@link org.parkgate.billing.provider.alipay.AlipayProvider}
 * puts them behind the provider SPI, configured by {@code parkgate.payments.alipay.*}
 * ({@link org.parkgate.billing.provider.alipay.AlipayProperties}). Amounts are fen inside ParkGate and yuan with two
 * decimals on the wire. See docs/decisions/DD-018-alipay.md.
 */
@NullMarked
package org.parkgate.billing.provider.alipay;

import org.jspecify.annotations.NullMarked;
