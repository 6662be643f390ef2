package org.parkgate.base.pdf;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The TrueType font ParkGate's PDFs (reports, receipts) are written in; it must have the Chinese
 * glyphs. Taken from {@code parkgate.reports.font} (a .ttf or .ttc file), else the first of the
 * usual places on Debian/Ubuntu (fonts-wqy-zenhei, fonts-wqy-microhei), Windows (Microsoft YaHei,
 * SimSun) and macOS. Only the glyphs used are embedded, so files stay small and show the same
 * everywhere.
 */
@Component
public class PdfFont {

    static final List<String> USUAL_PLACES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simsun.ttc",
            "/System/Library/Fonts/STHeiti Medium.ttc",
            "/Library/Fonts/Arial Unicode.ttf");

    private final String configured;

    /** {@code configured}: a font file, or empty for the usual places. */
    public PdfFont(@Value("${parkgate.reports.font:}") @Nullable String configured) {
        this.configured = configured == null ? "" : configured.strip();
    }

    /** The font file in use, or null when none is found. */
    public @Nullable File file() {
        List<String> places = configured.isEmpty() ? USUAL_PLACES : List.of(configured);
        return places.stream().map(File::new).filter(File::canRead).findFirst().orElse(null);
    }

    /**
     * The font file.
     *
     * @throws UserFacingException {@code error.pdf.no-font} naming the file that is missing
     */
    public File require() {
        File file = file();
        if (file == null) {
            throw new UserFacingException("error.pdf.no-font", configured.isEmpty() ? USUAL_PLACES.getFirst() : configured);
        }
        return file;
    }

    /**
     * The font loaded into {@code document}; close it after the document is saved.
     *
     * @throws UserFacingException {@code error.pdf.no-font} when there is no font file
     */
    public EmbeddedFont embedIn(PDDocument document) throws IOException {
        return EmbeddedFont.load(document, require());
    }
}
