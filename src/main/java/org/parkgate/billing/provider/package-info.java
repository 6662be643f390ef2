/**
 * Payment providers behind one SPI ({@link org.parkgate.billing.provider.PaymentProvider}): make an
 * order at the provider (what the payer scans, until when), verify a notification and answer it in
 * the provider's form, ask for an order's state, close it, refund it. The built-in sandbox imitates
 * a phone payment for demos and tests; real providers live in subpackages (WeChat Pay:
 * {@code wechat}).
 */
@NullMarked
package org.parkgate.billing.provider;

import org.jspecify.annotations.NullMarked;
