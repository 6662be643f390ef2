package org.parkgate.registry;

import org.parkgate.base.UserFacingException;

/** A registry change that was refused; nothing was written. */
public class RegistryException extends UserFacingException {

    public RegistryException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
