/** Sign-in, password change, staff management and the audit trail views. */
@NullMarked
package org.parkgate.security.ui;

import org.jspecify.annotations.NullMarked;
