package org.parkgate.lot;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.parkgate.base.pdf.EmbeddedFont;
import org.parkgate.base.pdf.PdfFont;

/**
 * A price notice on one A4 page, large enough to read at an entrance: the title and the lot's name
 * centred, the tariff clause by clause, the fees of the typical stays as a two-column table, the
 * date at the foot. Text is in the {@link PdfFont} (embedded subset), so Chinese prints anywhere.
 */
final class PriceNoticePdf {

    /** What the notice says, already in the reader's language. */
    record Text(String title, String lotName, String tariffTitle, List<String> clauses, String examplesTitle,
            String stayHeader, String feeHeader, List<List<String>> examples, String date) {
    }

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float TITLE = 32;
    private static final float LOT = 22;
    private static final float HEADING = 18;
    private static final float TEXT = 16;
    private static final float LEADING = 1.5f;
    private static final float CELL_PADDING = 6;

    private final EmbeddedFont font;
    private final PDPageContentStream content;
    private final float width = PAGE.getWidth() - 2 * MARGIN;
    private float y = PAGE.getHeight() - MARGIN;

    private PriceNoticePdf(EmbeddedFont font, PDPageContentStream content) {
        this.font = font;
        this.content = content;
    }

    static void write(Text text, PdfFont fonts, OutputStream out) throws IOException {
        try (var document = new PDDocument(); var font = fonts.embedIn(document)) {
            var page = new PDPage(PAGE);
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                new PriceNoticePdf(font, content).lay(text);
            }
            document.save(out);
        }
    }

    private void lay(Text text) throws IOException {
        centred(text.title(), TITLE);
        centred(text.lotName(), LOT);
        y -= TEXT;
        left(text.tariffTitle(), HEADING, 0);
        for (String clause : text.clauses()) {
            left("· " + clause, TEXT, TEXT);
        }
        y -= TEXT;
        left(text.examplesTitle(), HEADING, 0);
        table(text.stayHeader(), text.feeHeader(), text.examples());
        y = MARGIN + TEXT;
        font.show(content, text.date(), MARGIN + width - font.width(text.date(), TEXT), y, TEXT);
    }

    private void centred(String text, float size) throws IOException {
        for (String line : font.wrap(text, width, size)) {
            y -= size * LEADING;
            font.show(content, line, MARGIN + (width - font.width(line, size)) / 2, y, size);
        }
    }

    /** Wrapped, continuation lines indented by {@code indent}. */
    private void left(String text, float size, float indent) throws IOException {
        float x = MARGIN;
        for (String line : font.wrap(text, width - indent, size)) {
            y -= size * LEADING;
            font.show(content, line, x, y, size);
            x = MARGIN + indent;
        }
    }

    /** Two columns with rules between the rows; amounts at the right. */
    private void table(String stayHeader, String feeHeader, List<List<String>> rows) throws IOException {
        float row = TEXT * LEADING + CELL_PADDING;
        y -= CELL_PADDING;
        rule();
        cells(stayHeader, feeHeader, row);
        for (List<String> cells : rows) {
            cells(cells.get(0), cells.get(1), row);
        }
    }

    private void cells(String stay, String fee, float row) throws IOException {
        float baseline = y - row + CELL_PADDING + TEXT * 0.25f;
        font.show(content, font.fit(stay, width / 2 - CELL_PADDING, TEXT), MARGIN + CELL_PADDING, baseline, TEXT);
        font.show(content, fee, MARGIN + width - CELL_PADDING - font.width(fee, TEXT), baseline, TEXT);
        y -= row;
        rule();
    }

    private void rule() throws IOException {
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + width, y);
        content.stroke();
    }
}
