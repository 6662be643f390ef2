package org.parkgate.integration.webhook;

import org.parkgate.base.UserFacingException;

/** A webhook change that was refused; nothing was written. */
public class WebhookException extends UserFacingException {

    public WebhookException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
