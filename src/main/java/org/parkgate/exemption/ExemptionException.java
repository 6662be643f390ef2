package org.parkgate.exemption;

import org.parkgate.base.UserFacingException;

/** An exemption request or decision that was refused; nothing was written. */
public class ExemptionException extends UserFacingException {

    public ExemptionException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
