/** The owner file page, a section per thing known about the owner. */
@NullMarked
package org.parkgate.ownerfile.ui;

import org.jspecify.annotations.NullMarked;
