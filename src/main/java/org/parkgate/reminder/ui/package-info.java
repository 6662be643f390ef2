/** Reminder settings, templates, the delivery log and announcements. */
@NullMarked
package org.parkgate.reminder.ui;

import org.jspecify.annotations.NullMarked;
