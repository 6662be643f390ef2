package org.parkgate.voucher;

import org.parkgate.base.UserFacingException;

/** A voucher export or account change that was refused; nothing was written. */
public class VoucherException extends UserFacingException {

    public VoucherException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
