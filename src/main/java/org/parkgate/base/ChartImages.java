package org.parkgate.base;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart as an image: SVG for the browser (crisp; the browser draws the text, Chinese included)
 * and PNG for downloads, drawn on the server with a font that has the Chinese characters (the
 * first installed of the usual CJK families, e.g. fonts-wqy-zenhei on Debian).
 */
public final class ChartImages {

    private static final List<String> CJK_FAMILIES = List.of("WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
            "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei", "SimSun", "PingFang SC");
    private static final String CJK_FAMILY = cjkFamily();

    static {
        // JFreeChart draws a rotated label (the value axis's) as glyph outlines of a server font by
        // default, which a server without Chinese fonts draws as boxes or squeezed shapes; drawn as
        // rotated text, the browser sets it in its own fonts like every other label of the SVG
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartImages() {
    }

    public static String svg(JFreeChart chart, int width, int height) {
        var graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        return graphics.getSVGElement();
    }

    /** The chart as a PNG, its text in a font with Chinese characters when one is installed. */
    public static void png(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        var theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(CJK_FAMILY, Font.BOLD, 18));
        theme.setLargeFont(new Font(CJK_FAMILY, Font.BOLD, 14));
        theme.setRegularFont(new Font(CJK_FAMILY, Font.PLAIN, 12));
        theme.setSmallFont(new Font(CJK_FAMILY, Font.PLAIN, 10));
        var background = chart.getPlot().getBackgroundPaint();
        theme.apply(chart);
        chart.getPlot().setBackgroundPaint(background);
        ChartUtils.writeChartAsPNG(out, chart, width, height);
    }

    /** The font family PNG charts are drawn in. */
    public static String pngFontFamily() {
        return CJK_FAMILY;
    }

    private static String cjkFamily() {
        try {
            List<String> installed = Arrays.asList(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(java.util.Locale.ROOT));
            return CJK_FAMILIES.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
        } catch (Error | RuntimeException noFonts) { // a server without any fonts
            return Font.SANS_SERIF;
        }
    }
}
