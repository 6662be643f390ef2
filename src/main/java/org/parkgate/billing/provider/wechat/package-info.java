/**
 * WeChat Pay API v3 (Native pay) behind the payment provider SPI, with the JDK alone: request
 * signing, answer and notification verification, resource decryption (docs/decisions/DD-017).
 */
@NullMarked
package org.parkgate.billing.provider.wechat;

import org.jspecify.annotations.NullMarked;
