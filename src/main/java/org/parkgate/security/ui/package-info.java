/** Sign-in, password change, staff management and the audit trail views; HTTP security and the public port. */
@NullMarked
package org.parkgate.security.ui;

import org.jspecify.annotations.NullMarked;
