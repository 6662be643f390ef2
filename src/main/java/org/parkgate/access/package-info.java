/**
 * The access decision core: given a plate read at a lane, decide OPEN or DENY, with a stable
 * reason, the amount due and a display message key. Plain Java ({@code java.*} only, enforced by
 * {@code ArchitectureTest}): no Spring, Vaadin, JDBC or logging, so it is fast, testable with a
 * fixed clock and usable on a lane controller.
 *
 * <p>Money is {@code long} minor units (fen for CNY) of the lot's currency; time is epoch
 * milliseconds from the injected clock. {@link org.parkgate.access.AccessCore#decide} allocates
 * nothing and takes no lock; it never fails open: any exception becomes DENY with
 * {@link org.parkgate.access.Reason#INTERNAL_ERROR}.
 */
package org.parkgate.access;
