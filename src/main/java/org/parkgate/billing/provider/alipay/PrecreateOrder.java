package org.parkgate.billing.provider.alipay;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An order to precreate ({@code alipay.trade.precreate}): ParkGate's order id as
 * {@code out_trade_no} (letters, digits and {@code _}, at most 64), the amount in fen, the subject
 * the payer reads in Alipay (the characters {@code / = &} that Alipay forbids there become spaces;
 * at most 128 characters), when it stops being payable ({@code time_expire}; Alipay's QR code
 * stops after 2 hours in any case), and the notify URL, or null where ParkGate has no public
 * address and polls instead.
 */
public record PrecreateOrder(String outTradeNo, long amountFen, String subject, Instant expiresAt,
        @Nullable URI notifyUrl) {

    static final Pattern OUT_TRADE_NO = Pattern.compile("[A-Za-z0-9_]{1,64}");
    static final int MAX_SUBJECT = 128;

    public PrecreateOrder {
        if (!OUT_TRADE_NO.matcher(outTradeNo).matches()) {
            throw new IllegalArgumentException("out_trade_no must be 1 to 64 letters, digits or _: " + outTradeNo);
        }
        if (amountFen < Yuan.MIN_FEN || amountFen > Yuan.MAX_FEN) {
            throw new IllegalArgumentException("amount out of Alipay's range: " + amountFen + " fen");
        }
        subject = subject.replaceAll("[/=&]", " ").strip();
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("no subject");
        }
        if (subject.codePointCount(0, subject.length()) > MAX_SUBJECT) {
            subject = subject.substring(0, subject.offsetByCodePoints(0, MAX_SUBJECT));
        }
        if (notifyUrl != null) {
            String scheme = notifyUrl.getScheme() == null ? "" : notifyUrl.getScheme().toLowerCase(Locale.ROOT);
            if (!notifyUrl.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))
                    || notifyUrl.getHost() == null) {
                throw new IllegalArgumentException("notify_url must be an absolute http(s) URL: " + notifyUrl);
            }
        }
    }
}
