package org.parkgate.reminder;

import org.parkgate.base.UserFacingException;

/** A reminder setting, template or announcement that was refused; nothing was written. */
public class ReminderException extends UserFacingException {

    public ReminderException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
