package org.parkgate.report;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The TrueType font PDF reports are written in; it must have the Chinese glyphs. Taken from
 * {@code parkgate.reports.font} (a .ttf or .ttc file), else the first of the usual places on
 * Debian/Ubuntu (fonts-wqy-zenhei, fonts-wqy-microhei), Windows (Microsoft YaHei, SimSun) and macOS.
 * Only the glyphs used are embedded, so reports stay small and show the same everywhere.
 */
@Component
public class ReportFont {

    static final List<String> USUAL_PLACES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simsun.ttc",
            "/System/Library/Fonts/STHeiti Medium.ttc",
            "/Library/Fonts/Arial Unicode.ttf");

    private final String configured;

    ReportFont(@Value("${parkgate.reports.font:}") String configured) {
        this.configured = configured == null ? "" : configured.strip();
    }

    /** The font file in use, or null when none is found. */
    public @Nullable File file() {
        List<String> places = new ArrayList<>();
        if (!configured.isEmpty()) {
            places.add(configured);
        } else {
            places.addAll(USUAL_PLACES);
        }
        return places.stream().map(File::new).filter(File::canRead).findFirst().orElse(null);
    }

    /** The font file, or a refusal that says which file is missing. */
    File require() {
        File file = file();
        if (file == null) {
            throw new ReportException("error.report.no-font", configured.isEmpty() ? USUAL_PLACES.getFirst() : configured);
        }
        return file;
    }
}
