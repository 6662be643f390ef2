package org.parkgate.lane;

/**
 * A plate read that came before the gate's index was loaded after a start: nothing is decided
 * (the API answers 503 with Retry-After, so cameras resend).
 */
public class LanesStartingException extends LaneException {

    /** How long a camera should wait before it resends, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 2;

    public LanesStartingException() {
        super("error.lane.starting");
    }
}
