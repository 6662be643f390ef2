package org.parkgate.platelist;

import org.parkgate.base.UserFacingException;

/** A change to the plate lists that was refused; nothing was written. */
public class PlateListException extends UserFacingException {

    public PlateListException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
