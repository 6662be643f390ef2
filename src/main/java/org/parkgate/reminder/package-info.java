/**
 * Reminders and notices to owners: the schedule per lot, templates per channel and language, the
 * durable outbox that sends each message once (and is the delivery log), the channels behind one
 * SPI (SMS gateway over HTTP, e-mail over SMTP, the owner's pay page) and announcements.
 */
@NullMarked
package org.parkgate.reminder;

import org.jspecify.annotations.NullMarked;
