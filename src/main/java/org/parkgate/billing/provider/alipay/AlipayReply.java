package org.parkgate.billing.provider.alipay;

/**
 * What came of one call: its {@link AlipayOutcome}, Alipay's {@code code} and {@code sub_code} when
 * a verified answer gave them (else empty), and a line for the log and for staff (Alipay's
 * {@code msg}/{@code sub_msg}, or what went wrong on the way; never a key).
 */
public record AlipayReply(AlipayOutcome outcome, String code, String subCode, String detail) {

    public boolean succeeded() {
        return outcome == AlipayOutcome.SUCCEEDED;
    }

    /** Whether Alipay refused with this sub code (e.g. {@code ACQ.TRADE_NOT_EXIST}). */
    public boolean refusedWith(String subCode) {
        return outcome == AlipayOutcome.REFUSED && this.subCode.equals(subCode);
    }

    static AlipayReply failed(AlipayOutcome outcome, String detail) {
        return new AlipayReply(outcome, "", "", detail);
    }
}
