/** HTTP endpoints of the reminder feature: the sandbox SMS gateway of the demo. */
@NullMarked
package org.parkgate.reminder.api;

import org.jspecify.annotations.NullMarked;
