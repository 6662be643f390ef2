package org.parkgate.database;

import org.parkgate.base.UserFacingException;

/** A backup that cannot be made; the message key says why. */
public class BackupException extends UserFacingException {

    public BackupException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
