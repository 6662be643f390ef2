/** The admin's Backups page. */
@NullMarked
package org.parkgate.database.ui;

import org.jspecify.annotations.NullMarked;
