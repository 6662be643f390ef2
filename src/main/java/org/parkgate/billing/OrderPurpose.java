package org.parkgate.billing;

/** What an online order pays for. */
public enum OrderPurpose {
    /** The arrears shown at a lane that refused the vehicle. */
    LANE_ARREARS,
    /** All arrears, from the owner's pay page. */
    ARREARS,
    /** A visitor's parking fee. */
    VISITOR_FEE,
    /** The next period of a pass. */
    RENEWAL,
    /** An invoice charged to the owner's auto-pay agreement ({@link AutoPay}): paid when written. */
    AUTOPAY
}
