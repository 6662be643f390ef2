/**
 * Finance vouchers: the ledger of a day or a shift as balanced vouchers for the office's
 * accounting software (Kingdee KIS "引入凭证" Excel, or plain CSV), one per day and method, with
 * the office's chart of accounts, exported once unless asked again.
 */
@NullMarked
package org.parkgate.voucher;

import org.jspecify.annotations.NullMarked;
