/** The payment providers' notification endpoint (authenticated by the provider's signature). */
@NullMarked
package org.parkgate.billing.api;

import org.jspecify.annotations.NullMarked;
