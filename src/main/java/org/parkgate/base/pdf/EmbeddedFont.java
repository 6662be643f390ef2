package org.parkgate.base.pdf;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PdfFont} loaded into one document (as an embedded subset): measures, fits, wraps and
 * shows text. Sizes are in points. Closing it closes the font collection a .ttc came from, which
 * must stay open until the document is saved.
 */
public final class EmbeddedFont implements Closeable {

    private static final String ELLIPSIS = "…";

    private final PDFont font;
    private final @Nullable TrueTypeCollection collection;

    private EmbeddedFont(PDFont font, @Nullable TrueTypeCollection collection) {
        this.font = font;
        this.collection = collection;
    }

    /** A .ttf as it is; of a .ttc collection its first font. */
    static EmbeddedFont load(PDDocument document, File file) throws IOException {
        if (!file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return new EmbeddedFont(PDType0Font.load(document, file), null);
        }
        var collection = new TrueTypeCollection(file);
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        return new EmbeddedFont(PDType0Font.load(document, first[0], true), collection);
    }

    public float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text, cut with an ellipsis where it is wider than {@code width}. */
    public String fit(String text, float width, float size) throws IOException {
        if (width(text, size) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + ELLIPSIS, size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + ELLIPSIS;
    }

    /**
     * The text in lines no wider than {@code width}: broken after the last space that fits, else
     * (Chinese has no spaces) after the last character that fits.
     */
    public List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (width(rest, size) > width) {
            int end = 1;
            while (end < rest.length() && width(rest.substring(0, end + 1), size) <= width) {
                end++;
            }
            int space = rest.lastIndexOf(' ', end);
            int cut = space > 0 ? space : end;
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        lines.add(rest);
        return lines;
    }

    /** Writes the text with its baseline at {@code baseline}, starting at {@code x}. */
    public void show(PDPageContentStream content, String text, float x, float baseline, float size)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    @Override
    public void close() throws IOException {
        if (collection != null) {
            collection.close();
        }
    }
}
