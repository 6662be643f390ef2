/**
 * The arrears view: sort, filter, export, collection notes.
 */
@NullMarked
package org.parkgate.arrears.ui;

import org.jspecify.annotations.NullMarked;
