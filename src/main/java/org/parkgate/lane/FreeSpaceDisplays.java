package org.parkgate.lane;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parkgate.access.Lane;
import org.parkgate.access.Lot;
import org.parkgate.base.ui.Translations;
import org.parkgate.gate.DisplayAdapter;
import org.parkgate.gate.DisplayMessage;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The idle screen of every entrance and every lot's free-space sign: the lot's free spaces (or,
 * when it is full, where else there is room), in Chinese and English, kept up to date every few
 * seconds as vehicles come and go.
 * Whatever else a lane shows (a passage's message, an error) stays for {@link #MESSAGE_KEPT}
 * first, and as long as a vehicle is on the loop.
 */
@Component
class FreeSpaceDisplays {

    /** How long another message stays before the idle screen replaces it. */
    static final Duration MESSAGE_KEPT = Duration.ofSeconds(10);

    private record Seen(DisplayMessage display, Instant since) {
    }

    private final Site site;
    private final FreeSpaceText text;
    private final LaneScreenTexts screenTexts;
    private final Clock clock;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final Map<String, DisplayMessage> idleShown = new ConcurrentHashMap<>();

    FreeSpaceDisplays(Site site, Translations translations, LaneScreenTexts screenTexts, Clock clock) {
        this.site = site;
        this.text = new FreeSpaceText(site.lots(), site, translations);
        this.screenTexts = screenTexts;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 3_000, initialDelay = 3_000)
    void refresh() {
        Instant now = clock.instant();
        Map<String, DisplayMessage> free = new HashMap<>(); // each lot's text, made once a round
        for (Lot lot : site.lots()) {
            DisplayMessage text = idle(lot);
            free.put(lot.id(), text);
            DisplayAdapter sign = site.sign(lot.id());
            if (sign != null && !text.equals(sign.shown())) {
                sign.show(text);
            }
        }
        for (SiteLane lane : site.lanes()) {
            if (lane.lane().direction() == Lane.Direction.IN) {
                refresh(lane, onScreen(lane, free.get(lane.lane().lot().id())), now);
            }
        }
    }

    private void refresh(SiteLane lane, DisplayMessage idle, Instant now) {
        DisplayMessage current = lane.gate().state().display();
        boolean ours = current.equals(idleShown.get(lane.id()));
        if (!ours) {
            Seen before = seen.get(lane.id());
            if (before == null || !before.display().equals(current)) {
                seen.put(lane.id(), new Seen(current, now));
                if (!current.equals(DisplayMessage.BLANK)) {
                    return; // a new message: it stays a while
                }
            } else if (before.since().plus(MESSAGE_KEPT).isAfter(now)) {
                return;
            }
            if (lane.gate().state().vehiclePresent()) {
                return;
            }
        }
        if (!idle.equals(current)) {
            lane.gate().show(idle);
        }
        idleShown.put(lane.id(), idle);
    }

    /** The lot's idle message with what the lane's LED screen shows of it, in the screen's language. */
    private DisplayMessage onScreen(SiteLane lane, DisplayMessage idle) {
        Lot lot = lane.lane().lot();
        java.util.Locale language = LaneScreenTexts.language(lane);
        return new DisplayMessage(idle.lines(), null, screenTexts.idle(lane, site.lotName(lot.id()),
                FreeSpaceText.free(lot), text.full(lot.id(), language)));
    }

    private DisplayMessage idle(Lot lot) {
        return new DisplayMessage(List.of(text.idle(lot, Translations.CHINESE), text.idle(lot, Translations.ENGLISH)), null);
    }
}
