package org.parkgate.base;

import java.util.List;

/**
 * The names lots have on screens and paper ({@code parkgate.lots[N].name}, else their id). The lane
 * feature, which owns the site, provides it, so billing and the registry name lots without
 * depending on lanes.
 */
public interface LotNames {

    /** The lot's name, or its id when it has none (or is not configured any more). */
    String lotName(String lotId);

    /** The configured lots' ids, in configuration order. */
    List<String> lotIds();
}
