/**
 * Payment providers behind one SPI: create an order's pay URL, verify and read a notification,
 * ask for an order's status. The built-in sandbox imitates a phone payment for demos and tests.
 */
@NullMarked
package org.parkgate.billing.provider;

import org.jspecify.annotations.NullMarked;
