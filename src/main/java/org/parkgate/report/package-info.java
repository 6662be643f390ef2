/**
 * The manager's view of the business: the dashboard's figures and charts, and monthly reports
 * (fee collection, arrears, owner statements, exemptions, lane events) as .xlsx and PDF.
 */
@NullMarked
package org.parkgate.report;

import org.jspecify.annotations.NullMarked;
