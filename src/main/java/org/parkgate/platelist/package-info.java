/**
 * The blacklist and the always-allow list (黑名单、白名单): plates the office refuses at the
 * entrance, or lets through whatever their account says (police, ambulance, fire brigade), each
 * with a reason and the days it is valid. Managers and admins keep them; guards may read them.
 * Public API: {@link org.parkgate.platelist.PlateLists} for the office,
 * {@link org.parkgate.platelist.PlateListDirectory} for the gate's index, which learns every change
 * from {@link org.parkgate.platelist.PlateListChanged} right after its commit.
 *
 * <p>The lists are for the whole site, not per lot: the gate keeps one state per plate for every
 * lot (as it does for accounts and exemptions), and a car an office bars, or an ambulance it lets
 * in, is the same car at every entrance. Entries are ended, never deleted, so the list's history
 * says who listed a plate, why, and who took it off again.
 */
@NullMarked
package org.parkgate.platelist;

import org.jspecify.annotations.NullMarked;
