package org.parkgate.owner;

import org.parkgate.base.UserFacingException;

/** Something an owner (or the office, about an owner's request) asked that cannot be done; nothing changed. */
public class OwnerException extends UserFacingException {

    public OwnerException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
