/** Views of owners and vehicles. */
@NullMarked
package org.parkgate.registry.ui;

import org.jspecify.annotations.NullMarked;
