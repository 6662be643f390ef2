/** The plate lists page: the entries, and for managers adding, changing and ending them. */
@NullMarked
package org.parkgate.platelist.ui;

import org.jspecify.annotations.NullMarked;
