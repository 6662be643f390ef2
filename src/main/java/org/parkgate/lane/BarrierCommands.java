package org.parkgate.lane;

import java.time.Duration;
import java.util.List;
import org.parkgate.base.ui.Translations;
import org.parkgate.gate.DisplayMessage;
import org.parkgate.gate.GateHealth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opens a lane's barrier for a passage already on record, within the open deadline
 * ({@code parkgate.gate.open-deadline}); when the barrier could not be commanded in time, the
 * passage is put right (not opened, with why) and the display says so: nothing says OPEN for an
 * opening that did not happen, and no pulse is sent late.
 */
@Component
class BarrierCommands {

    private final PassageRecords records;
    private final Translations translations;
    private final LaneScreenTexts screenTexts;
    private final Duration deadline;

    BarrierCommands(PassageRecords records, Translations translations, LaneScreenTexts screenTexts,
            @Value("${parkgate.gate.open-deadline}") Duration deadline) {
        this.records = records;
        this.translations = translations;
        this.screenTexts = screenTexts;
        this.deadline = deadline;
    }

    /** For a guard when nothing can be recorded (the database failing): whether the barrier took it. */
    boolean openWithoutRecord(SiteLane lane) {
        return lane.gate().openBarrier(deadline);
    }

    /** The passage as it stands after the command: opened, or not opened with the reason. */
    Passage open(SiteLane lane, Passage opening) {
        if (lane.gate().openBarrier(deadline)) {
            return opening;
        }
        GateHealth health = lane.gate().state().health();
        String why = "barrier not commanded within " + deadline.toMillis() + " ms (lane " + health + ")";
        Passage notOpened = records.notOpened(opening, why);
        lane.gate().show(new DisplayMessage(List.of(
                translations.getTranslation("lanes.not-opened", Translations.CHINESE, opening.plate()),
                translations.getTranslation("lanes.not-opened", Translations.ENGLISH, opening.plate())), null,
                screenTexts.said(lane, "lanes.not-opened", opening.plate())));
        return notOpened;
    }
}
