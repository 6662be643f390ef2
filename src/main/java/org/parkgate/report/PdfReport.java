package org.parkgate.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.parkgate.base.Table;
import org.parkgate.base.pdf.EmbeddedFont;
import org.parkgate.base.pdf.PdfFont;

/**
 * A report as a PDF for the auditor: A4 landscape, the title and notes, then each section's table
 * with its header repeated on every page it runs over, numbers right-aligned, page numbers at the
 * foot, and the report's pictures after the sections, three to a row. Text is in the {@link PdfFont}
 * (embedded subset), so Chinese shows on any reader.
 */
final class PdfReport {

    private static final float MARGIN = 36;
    private static final float TITLE_SIZE = 15;
    private static final float TEXT_SIZE = 9;
    private static final float ROW = 14;
    private static final float PADDING = 4;
    private static final float PICTURE_HEIGHT = 110;
    private static final float PICTURE_GAP = 12;

    private PdfReport() {
    }

    static void write(Report report, PdfFont fonts, OutputStream out) throws IOException {
        try (var document = new PDDocument(); var font = fonts.embedIn(document)) {
            var writer = new Writer(document, font);
            writer.title(report.title());
            for (String note : report.notes()) {
                writer.line(note, TEXT_SIZE);
            }
            for (Report.Section section : report.sections()) {
                writer.gap();
                writer.line(section.title(), TEXT_SIZE + 2);
                writer.table(section.table());
            }
            writer.pictures(report.pictures());
            writer.finish();
            document.save(out);
        }
    }

    /** Writes top to bottom, starting a new page when the current one is full. */
    private static final class Writer {

        private final PDDocument document;
        private final EmbeddedFont font;
        private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        private PDPageContentStream content;
        private float y;
        private int pages;

        Writer(PDDocument document, EmbeddedFont font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void title(String text) throws IOException {
            text(text, MARGIN, y - TITLE_SIZE, TITLE_SIZE);
            y -= TITLE_SIZE + 10;
        }

        void line(String text, float fontSize) throws IOException {
            room(ROW);
            text(font.fit(text, size.getWidth() - 2 * MARGIN, fontSize), MARGIN, y - fontSize, fontSize);
            y -= fontSize + 5;
        }

        void gap() {
            y -= 8;
        }

        void table(Table table) throws IOException {
            float[] widths = widths(table);
            room(2 * ROW);
            header(table, widths);
            for (List<Object> row : table.rows()) {
                if (y - ROW < MARGIN + ROW) {
                    newPage();
                    header(table, widths);
                }
                cells(row, widths, false);
            }
        }

        private void header(Table table, float[] widths) throws IOException {
            content.setNonStrokingColor(0.92f, 0.92f, 0.92f);
            content.addRect(MARGIN, y - ROW, sum(widths), ROW);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
            cells(new ArrayList<>(table.headers()), widths, true);
        }

        private void cells(List<?> values, float[] widths, boolean header) throws IOException {
            float x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                Object value = i < values.size() ? values.get(i) : null;
                String text = font.fit(ReportText.cell(value), widths[i] - 2 * PADDING, TEXT_SIZE);
                boolean right = !header && (value instanceof Number);
                float textX = right ? x + widths[i] - PADDING - font.width(text, TEXT_SIZE) : x + PADDING;
                text(text, textX, y - ROW + 4, TEXT_SIZE);
                x += widths[i];
            }
            content.setStrokingColor(0.8f, 0.8f, 0.8f);
            content.moveTo(MARGIN, y - ROW);
            content.lineTo(MARGIN + sum(widths), y - ROW);
            content.stroke();
            y -= ROW;
        }

        /** The pictures in rows of three, each scaled into its box under its caption. */
        void pictures(List<Report.Picture> pictures) throws IOException {
            float width = (size.getWidth() - 2 * MARGIN - 2 * PICTURE_GAP) / 3;
            float x = MARGIN;
            for (int i = 0; i < pictures.size(); i++) {
                if (i % 3 == 0) {
                    gap();
                    room(PICTURE_HEIGHT + ROW + 4);
                    x = MARGIN;
                }
                Report.Picture picture = pictures.get(i);
                text(font.fit(picture.caption(), width, TEXT_SIZE), x, y - TEXT_SIZE, TEXT_SIZE);
                PDImageXObject image = PDImageXObject.createFromFileByContent(picture.file().toFile(), document);
                float scale = Math.min(width / image.getWidth(), PICTURE_HEIGHT / image.getHeight());
                float drawnHeight = image.getHeight() * scale;
                content.drawImage(image, x, y - ROW - drawnHeight, image.getWidth() * scale, drawnHeight);
                x += width + PICTURE_GAP;
                if (i % 3 == 2 || i == pictures.size() - 1) {
                    y -= ROW + PICTURE_HEIGHT + 4;
                }
            }
        }

        private float[] widths(Table table) throws IOException {
            int columns = table.headers().size();
            float[] widths = new float[columns];
            for (int i = 0; i < columns; i++) {
                widths[i] = font.width(table.headers().get(i), TEXT_SIZE) + 2 * PADDING;
            }
            for (List<Object> row : table.rows()) {
                for (int i = 0; i < columns && i < row.size(); i++) {
                    widths[i] = Math.max(widths[i], font.width(ReportText.cell(row.get(i)), TEXT_SIZE) + 2 * PADDING);
                }
            }
            return ColumnFit.within(widths, size.getWidth() - 2 * MARGIN);
        }

        private void text(String text, float x, float baseline, float fontSize) throws IOException {
            font.show(content, text, x, baseline, fontSize);
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN + ROW) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            var page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pages++;
            y = size.getHeight() - MARGIN;
        }

        void finish() throws IOException {
            content.close();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                try (var foot = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String number = (i + 1) + " / " + pages;
                    font.show(foot, number, size.getWidth() - MARGIN - font.width(number, TEXT_SIZE), MARGIN / 2, TEXT_SIZE);
                }
            }
        }

        private static float sum(float[] widths) {
            float sum = 0;
            for (float w : widths) {
                sum += w;
            }
            return sum;
        }
    }
}
