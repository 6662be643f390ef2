package org.parkgate.billing;

/**
 * An authentic notification that names what no order can be (an id longer than the records hold):
 * answered 400, nothing written; resending it would not change that.
 */
public class MalformedNotificationException extends RuntimeException {

    public MalformedNotificationException(String why) {
        super(why);
    }
}
