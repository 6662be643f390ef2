/**
 * Exemptions: who parks free or on special terms, for which period; requested by one staff
 * member, approved by a manager who is not the requester. Public API:
 * {@link org.parkgate.exemption.ExemptionService}, {@link org.parkgate.exemption.ExemptionDirectory}.
 */
@NullMarked
package org.parkgate.exemption;

import org.jspecify.annotations.NullMarked;
