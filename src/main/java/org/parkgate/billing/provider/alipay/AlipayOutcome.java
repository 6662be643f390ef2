package org.parkgate.billing.provider.alipay;

/**
 * How one call to Alipay's gateway went. Only {@link #SUCCEEDED} means Alipay did what was asked;
 * the first three are Alipay's own signed word, the others say that ParkGate learnt nothing it may
 * believe, so the caller keeps its state and tries again later (or asks before it acts again).
 */
public enum AlipayOutcome {
    /** Code 10000: done; the result's fields are Alipay's, verified. */
    SUCCEEDED,
    /** Code 40004 (business failure), verified: refused for the reason its sub code names (e.g. ACQ.TRADE_NOT_EXIST). */
    REFUSED,
    /**
     * Codes 20001, 40001, 40002, 40003 or 40006, verified: the request or the credentials are wrong
     * (an unknown app id, a signature made with the wrong key, a product not signed up for); the
     * settings must change, retrying will not help.
     */
    MISCONFIGURED,
    /** An HTTP error status, no connection, code 20000 or sub code ACQ.SYSTEM_ERROR: Alipay is not available now. */
    UNAVAILABLE,
    /** No answer within the connect and read time-outs: whether Alipay did it is unknown. */
    TIMED_OUT,
    /** An answer that cannot be read: not JSON, too large, without its response, an unknown code, about another order. */
    UNREADABLE,
    /** An answer without Alipay's valid signature: nothing in it is believed. */
    NOT_AUTHENTIC;

    /** Whether a later try may go otherwise (everything but Alipay's own verified yes, no, or "wrong settings"). */
    public boolean worthRetrying() {
        return this == UNAVAILABLE || this == TIMED_OUT || this == UNREADABLE || this == NOT_AUTHENTIC;
    }
}
