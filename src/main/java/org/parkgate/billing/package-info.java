/**
 * Pass plans and the pass periods sold to owners; invoices, payments, late fees and the ledger
 * follow. Public API: {@link org.parkgate.billing.PassService}, {@link org.parkgate.billing.PassHolders},
 * {@link org.parkgate.billing.PassDirectory} and the records and events they use.
 */
@NullMarked
package org.parkgate.billing;

import org.jspecify.annotations.NullMarked;
