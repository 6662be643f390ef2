/** The integration API's HTTP endpoints under {@code /api/integration/v1}. */
@NullMarked
package org.parkgate.integration.api;

import org.jspecify.annotations.NullMarked;
