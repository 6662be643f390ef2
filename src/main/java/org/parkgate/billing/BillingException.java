package org.parkgate.billing;

import org.parkgate.base.UserFacingException;

/** A billing change that was refused; nothing was written. */
public class BillingException extends UserFacingException {

    public BillingException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
