package org.parkgate.billing.provider;

/** A notification whose signature, age or shape is wrong: answered 401, nothing changes. */
public class InvalidNotificationException extends RuntimeException {

    public InvalidNotificationException(String why) {
        super(why);
    }
}
