package org.parkgate.lane;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.access.Lot;
import org.parkgate.base.LotNames;
import org.parkgate.base.ui.Translations;
import org.parkgate.lot.DefaultLotRules;

/** What a display says of free spaces on a site of three lots: P1 full, P2 with room, P3 full. */
class FreeSpaceTextTest {

    private final Lot p1 = lot("P1", 10, 10);
    private final Lot p2 = lot("P2", 1500, 163);
    private final Lot p3 = lot("P3", 5, 7); // more inside than spaces (a miscount): still full, never negative
    private final FreeSpaceText text = new FreeSpaceText(List.of(p1, p2, p3), new LotNames() {
        @Override
        public String lotName(String lotId) {
            return lotId.equals("P2") ? "地下车库 P2" : lotId;
        }

        @Override
        public List<String> lotIds() {
            return List.of("P1", "P2", "P3");
        }
    }, new Translations());

    @Test
    void aFullLotSaysWhereElseThereIsRoom() {
        assertThat(text.full("P1", Translations.ENGLISH)).isEqualTo("P1 full, 地下车库 P2 has 1337 free");
        assertThat(text.full("P1", Translations.CHINESE)).isEqualTo("P1 车位已满，地下车库 P2 尚有 1337 个空位");
        assertThat(FreeSpaceText.free(p3)).isZero();
    }

    @Test
    void theIdleScreenShowsTheLotsFreeSpacesOrWhereElseWhenFull() {
        assertThat(text.idle(p2, Translations.ENGLISH)).isEqualTo("地下车库 P2: 1337 free spaces");
        assertThat(text.idle(p2, Translations.CHINESE)).isEqualTo("地下车库 P2：空余车位 1337 个");
        assertThat(text.idle(p3, Translations.ENGLISH)).isEqualTo("P3 full, 地下车库 P2 has 1337 free");
    }

    private static Lot lot(String id, int capacity, int inside) {
        Lot lot = new Lot(id, capacity, DefaultLotRules.create(ZoneId.of("Asia/Shanghai")));
        lot.resetInside(inside);
        return lot;
    }
}
