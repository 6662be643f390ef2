package org.parkgate.billing.provider.alipay;

/**
 * The answer to a precreate: when it {@link #created()} the order, Alipay's {@code qr_code}, the
 * text to put in the QR code exactly as given ({@code https://qr.alipay.com/...}); else empty.
 */
public record PrecreateResult(AlipayReply reply, String qrCode) {

    public boolean created() {
        return reply.succeeded() && !qrCode.isEmpty();
    }
}
