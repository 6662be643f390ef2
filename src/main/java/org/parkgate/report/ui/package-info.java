/** Dashboard and reports pages. */
@NullMarked
package org.parkgate.report.ui;

import org.jspecify.annotations.NullMarked;
