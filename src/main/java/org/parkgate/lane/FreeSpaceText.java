package org.parkgate.lane;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.parkgate.access.Lot;
import org.parkgate.base.LotNames;
import org.parkgate.base.ui.Translations;

/**
 * What a lane's display says about free spaces: at an entrance of a lot with room, how many; of a
 * full lot, that it is full and which of the site's other lots have room ("P1 full, P2 has 37
 * free"), for the idle screen and for a vehicle refused because the lot is full.
 */
final class FreeSpaceText {

    private final Collection<Lot> lots;
    private final LotNames names;
    private final Translations translations;

    FreeSpaceText(Collection<Lot> lots, LotNames names, Translations translations) {
        this.lots = lots;
        this.names = names;
        this.translations = translations;
    }

    /** The free spaces of a lot now (never below 0). */
    static int free(Lot lot) {
        return Math.max(0, lot.capacity() - lot.inside());
    }

    /** The lot full, and the other lots with room; for a refusal because the lot is full. */
    String full(String lotId, Locale locale) {
        List<String> parts = new ArrayList<>();
        parts.add(translations.getTranslation("lanes.free.full", locale, names.lotName(lotId)));
        for (Lot other : lots) {
            if (!other.id().equals(lotId) && free(other) > 0) {
                parts.add(translations.getTranslation("lanes.free.elsewhere", locale, names.lotName(other.id()), free(other)));
            }
        }
        return String.join(translations.getTranslation("lanes.free.separator", locale), parts);
    }

    /** What an entrance shows while no vehicle is on its loop: the lot's free spaces, or where else there is room. */
    String idle(Lot lot, Locale locale) {
        return free(lot) > 0
                ? translations.getTranslation("lanes.free.idle", locale, names.lotName(lot.id()), free(lot))
                : full(lot.id(), locale);
    }
}
