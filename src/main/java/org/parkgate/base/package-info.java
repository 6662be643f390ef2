/**
 * What every feature shares: the embedded database's life cycle and the UI shell (in {@code ui}).
 * Features depend on {@code base}; {@code base} depends on no feature.
 */
@NullMarked
package org.parkgate.base;

import org.jspecify.annotations.NullMarked;
