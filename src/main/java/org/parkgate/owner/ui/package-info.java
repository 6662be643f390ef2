/** The portal's pages, sized for a phone, and the office's pages for what owners ask. */
@NullMarked
package org.parkgate.owner.ui;

import org.jspecify.annotations.NullMarked;
