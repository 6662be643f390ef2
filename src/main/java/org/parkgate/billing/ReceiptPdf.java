package org.parkgate.billing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.parkgate.base.pdf.EmbeddedFont;
import org.parkgate.base.pdf.PdfFont;

/**
 * A receipt as a PDF on the office's receipt paper: A5 pages, or one strip of a thermal roll as
 * long as the receipt. The text is the receipt page's, wrapped to the paper's width, amounts of the
 * periods at the right, in the {@link PdfFont} (Chinese shows on any reader and printer).
 */
final class ReceiptPdf {

    private static final float POINTS_PER_MM = 72 / 25.4f;
    private static final float LEADING = 1.45f;
    private static final float TITLE = 1.35f;
    private static final float GAP = 6;

    private final EmbeddedFont font;
    private final ReceiptPaper paper;
    private final float margin;
    private final float width;
    private final List<Row> rows = new ArrayList<>();

    private ReceiptPdf(EmbeddedFont font, ReceiptPaper paper) {
        this.font = font;
        this.paper = paper;
        this.margin = paper.marginMm() * POINTS_PER_MM;
        this.width = paper.widthMm() * POINTS_PER_MM - 2 * margin;
    }

    static void write(ReceiptSheet sheet, ReceiptPaper paper, PdfFont fonts, OutputStream out) throws IOException {
        try (var document = new PDDocument(); var font = fonts.embedIn(document)) {
            var pdf = new ReceiptPdf(font, paper);
            pdf.lay(sheet);
            pdf.draw(document);
            document.save(out);
        }
    }

    /** A line of text (centred, or at the left with an amount at the right), or a rule. */
    private sealed interface Row {
        float height();
    }

    private record Text(String text, String right, float size, boolean centred) implements Row {
        public float height() {
            return size * LEADING;
        }
    }

    private record Rule() implements Row {
        public float height() {
            return GAP;
        }
    }

    private void lay(ReceiptSheet sheet) throws IOException {
        float text = paper.textSize();
        float title = text * TITLE;
        if (!sheet.company().isEmpty()) {
            centred(sheet.company(), title);
        }
        centred(sheet.title(), title);
        if (sheet.stamp() != null) {
            centred(sheet.stamp(), title);
        }
        fields(sheet.parties(), text);
        rows.add(new Rule());
        left(sheet.itemsTitle(), "", text);
        for (ReceiptSheet.Item item : sheet.items()) {
            left(item.what(), item.amount(), text);
            left(item.period(), "", text);
            left(item.plates(), "", text);
            if (item.lateFee() != null) {
                left(item.lateFee(), "", text);
            }
        }
        rows.add(new Rule());
        fields(sheet.totals(), text);
    }

    private void fields(List<ReceiptSheet.Field> fields, float size) throws IOException {
        for (ReceiptSheet.Field field : fields) {
            left(field.label() + field.value(), "", size);
        }
    }

    private void centred(String text, float size) throws IOException {
        for (String line : font.wrap(text, width, size)) {
            rows.add(new Text(line, "", size, true));
        }
    }

    /** Wrapped to the width left by {@code right}, which goes on the first line. */
    private void left(String text, String right, float size) throws IOException {
        if (text.isBlank() && right.isEmpty()) {
            return;
        }
        float room = right.isEmpty() ? width : width - font.width(right, size) - GAP;
        String first = right;
        for (String line : font.wrap(text, room, size)) {
            rows.add(new Text(line, first, size, false));
            first = "";
        }
    }

    private void draw(PDDocument document) throws IOException {
        float pageHeight = paper.roll() ? rollLength() : paper.heightMm() * POINTS_PER_MM;
        var size = new PDRectangle(paper.widthMm() * POINTS_PER_MM, pageHeight);
        PDPageContentStream content = newPage(document, size);
        float y = pageHeight - margin;
        for (Row row : rows) {
            if (y - row.height() < margin) {
                content.close();
                content = newPage(document, size);
                y = pageHeight - margin;
            }
            y -= row.height();
            draw(content, row, y);
        }
        content.close();
    }

    private float rollLength() {
        float length = 2 * margin;
        for (Row row : rows) {
            length += row.height();
        }
        return length;
    }

    private static PDPageContentStream newPage(PDDocument document, PDRectangle size) throws IOException {
        var page = new PDPage(size);
        document.addPage(page);
        return new PDPageContentStream(document, page);
    }

    /** The row above {@code bottom}. */
    private void draw(PDPageContentStream content, Row row, float bottom) throws IOException {
        switch (row) {
            case Rule rule -> {
                content.setLineWidth(0.5f);
                content.moveTo(margin, bottom + GAP / 2);
                content.lineTo(margin + width, bottom + GAP / 2);
                content.stroke();
            }
            case Text text -> {
                float baseline = bottom + (text.height() - text.size()) / 2 + text.size() * 0.2f;
                float x = text.centred() ? margin + (width - font.width(text.text(), text.size())) / 2 : margin;
                font.show(content, text.text(), x, baseline, text.size());
                if (!text.right().isEmpty()) {
                    font.show(content, text.right(), margin + width - font.width(text.right(), text.size()), baseline,
                            text.size());
                }
            }
        }
    }
}
