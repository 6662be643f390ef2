package org.parkgate.arrears;

import java.time.Instant;
import org.parkgate.access.ArrearsStage;

/** A step of an owner's stage, with what they owed at that moment. */
public record StageChange(Instant at, ArrearsStage from, ArrearsStage to, long amountDue) {
}
