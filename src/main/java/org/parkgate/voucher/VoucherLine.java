package org.parkgate.voucher;

/**
 * One entry of a voucher: what it is for, the account, debit or credit in fen (one of them 0), and
 * the auxiliary item (核算项目: the owner's unit and name) where there is an owner.
 */
public record VoucherLine(String summary, VoucherAccount account, AccountCode code, long debit, long credit,
        String auxiliary) {
}
