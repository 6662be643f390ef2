/**
 * The owner file: everything the office knows about one owner on one page, read from the features
 * that own it (registry, billing, arrears, exemptions, reminders, lanes) through their public
 * APIs. Nothing depends on this feature: lists reach the page by its route
 * ({@link org.parkgate.registry.ui.OwnerLinks}).
 */
@NullMarked
package org.parkgate.ownerfile;

import org.jspecify.annotations.NullMarked;
