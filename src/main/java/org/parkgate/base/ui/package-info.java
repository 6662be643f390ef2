/**
 * The UI shell shared by all features: main layout, home view, translations and language choice.
 */
@NullMarked
package org.parkgate.base.ui;

import org.jspecify.annotations.NullMarked;
