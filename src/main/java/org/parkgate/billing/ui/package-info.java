/** Views of pass plans and pass sales. */
@NullMarked
package org.parkgate.billing.ui;

import org.jspecify.annotations.NullMarked;
