/**
 * The owners' portal: owners sign in with their mobile number and a one-time code, and see and do
 * what concerns their own account. Owners are a principal of their own
 * ({@link org.parkgate.security.OwnerPrincipal}); every service here takes the owner from the
 * session, never from the page. The staff pages for what owners ask (requests, the inbox) live in
 * {@code ui} too.
 */
@NullMarked
package org.parkgate.owner;

import org.jspecify.annotations.NullMarked;
