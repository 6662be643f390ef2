/**
 * Arrears: who owes what since when, each owner's enforcement stage moving with time by the lot's
 * terms and restored the moment the debt is paid, aging, collection notes.
 */
@NullMarked
package org.parkgate.arrears;

import org.jspecify.annotations.NullMarked;
