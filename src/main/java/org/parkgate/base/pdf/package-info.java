/**
 * Writing PDFs with Chinese text (reports, receipts): the font file to use and the font embedded
 * in a document, which measures, fits, wraps and shows text.
 */
@NullMarked
package org.parkgate.base.pdf;

import org.jspecify.annotations.NullMarked;
