package org.parkgate.arrears;

import org.parkgate.base.UserFacingException;

/** An arrears change that was refused; nothing was written. */
public class ArrearsException extends UserFacingException {

    public ArrearsException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
