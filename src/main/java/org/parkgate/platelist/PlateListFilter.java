package org.parkgate.platelist;

import org.jspecify.annotations.Nullable;

/** Which entries to list: of one list (null: both), whose plate contains {@code plate}, ended ones too or not. */
public record PlateListFilter(@Nullable PlateListKind kind, String plate, boolean withEnded) {

    /** Both lists, every plate, only entries in force or still to come. */
    public static final PlateListFilter CURRENT = new PlateListFilter(null, "", false);
}
