package org.parkgate.lane;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.access.Lot;
import org.parkgate.gate.DisplayAdapter;
import org.parkgate.gate.GateAdapter;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The entrance's idle screen: a passage's message stays for a while, then the lot's free spaces
 * show, in both languages, and follow the count as vehicles come and go; so does the lot's sign.
 */
class FreeSpaceDisplaysTest extends KaribuTest {

    @Autowired
    FreeSpaceDisplays displays;
    @Autowired
    LaneController lanes;
    @Autowired
    Site site;

    @Test
    void afterAPassagesMessageTheEntranceShowsTheFreeSpacesAndFollowsTheCount() {
        GateAdapter entrance = site.lane("in-1").gate();
        Lot lot = site.lane("in-1").lane().lot();
        LaneAnswer entered = lanes.plateRead("in-1", "晋J00001", 95, null);
        displays.refresh();
        assertThat(entrance.state().display().lines()).as("the passage's message stays")
                .first().asString().startsWith(entered.message().substring(0, 8));

        clock.advance(FreeSpaceDisplays.MESSAGE_KEPT.plusSeconds(1));
        displays.refresh();
        assertThat(entrance.state().display().lines()).containsExactly(
                site.lotName(lot.id()) + "：空余车位 " + FreeSpaceText.free(lot) + " 个",
                site.lotName(lot.id()) + ": " + FreeSpaceText.free(lot) + " free spaces");

        int before = FreeSpaceText.free(lot);
        lanes.plateRead("out-1", "晋J00001", 95, null); // leaves: one more free, the idle screen at once
        clock.advance(Duration.ofSeconds(1));
        displays.refresh();
        assertThat(FreeSpaceText.free(lot)).isEqualTo(before + 1);
        assertThat(entrance.state().display().lines().getLast()).isEqualTo(
                site.lotName(lot.id()) + ": " + (before + 1) + " free spaces");
    }

    @Test
    void theLotsSignShowsItsFreeSpacesAndFollowsTheCount() {
        Lot lot = site.lane("in-1").lane().lot();
        DisplayAdapter sign = site.sign(lot.id());
        assertThat(sign).as("the demo lot has a simulated sign").isNotNull();
        displays.refresh();
        int before = FreeSpaceText.free(lot);
        assertThat(sign.shown().lines()).containsExactly(
                site.lotName(lot.id()) + "：空余车位 " + before + " 个",
                site.lotName(lot.id()) + ": " + before + " free spaces");

        lanes.plateRead("in-1", "晋J00002", 95, null); // a visitor drives in: the sign at once, no message kept
        displays.refresh();
        assertThat(sign.shown().lines().getLast()).isEqualTo(site.lotName(lot.id()) + ": " + (before - 1) + " free spaces");
        lanes.plateRead("out-1", "晋J00002", 95, null);
        clock.advance(Duration.ofSeconds(1));
        displays.refresh();
        assertThat(sign.shown().lines().getLast()).isEqualTo(site.lotName(lot.id()) + ": " + before + " free spaces");
    }
}
