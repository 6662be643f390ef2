package org.parkgate.security;

import org.parkgate.base.UserFacingException;

/** A staff-management request that was refused; nothing was changed. */
public class StaffUserException extends UserFacingException {

    public StaffUserException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
