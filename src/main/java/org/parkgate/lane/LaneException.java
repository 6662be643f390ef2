package org.parkgate.lane;

import org.parkgate.base.UserFacingException;

/** A lane request that was refused (bad input, missing reason); nothing happened at the lane. */
public class LaneException extends UserFacingException {

    public LaneException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
