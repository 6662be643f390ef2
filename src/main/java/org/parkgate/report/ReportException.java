package org.parkgate.report;

import org.parkgate.base.UserFacingException;

/** A report that cannot be made as asked; nothing was produced. */
public class ReportException extends UserFacingException {

    public ReportException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
