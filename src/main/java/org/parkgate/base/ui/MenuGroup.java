package org.parkgate.base.ui;

import org.jspecify.annotations.Nullable;

/**
 * The side navigation's groups, by task. A view joins a group through its {@code @Menu} order:
 * the hundreds are the group (100-199 the lanes, 200-299 taking money, ...); below 100 stands on
 * its own above the groups. Shown translated as {@code menu.group.<NAME>}.
 */
enum MenuGroup {
    LANES(1),
    BILLING(2),
    OWNERS(3),
    ARREARS(4),
    REPORTS(5),
    SETTINGS(9);

    private final int hundreds;

    MenuGroup(int hundreds) {
        this.hundreds = hundreds;
    }

    /** The group of a menu entry with this order, or null for one on its own. */
    static @Nullable MenuGroup of(double order) {
        int of = (int) Math.floor(order / 100);
        for (MenuGroup group : values()) {
            if (group.hundreds == of) {
                return group;
            }
        }
        return null;
    }
}
