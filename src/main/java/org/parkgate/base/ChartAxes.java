package org.parkgate.base;

import java.text.SimpleDateFormat;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.Range;

/**
 * Axes that read right to an office: counts in whole vehicles, no axis of nothing (an empty chart
 * runs from 0 to 1, not from -5E-9 to 5E-9), category labels turned so that none is cut short, and
 * dates in the reader's language.
 */
public final class ChartAxes {

    private ChartAxes() {
    }

    /** A value axis for what cannot be below 0 (vehicles, refusals, amounts owed): from 0, at least 1 high. */
    public static NumberAxis fromZero(ValueAxis replaced) {
        var axis = new NumberAxis(replaced.getLabel()) {
            @Override
            protected void autoAdjustRange() {
                super.autoAdjustRange();
                Range range = getRange();
                if (range.getLowerBound() < 0 || range.getUpperBound() < 1) { // nothing to show yet
                    setRange(new Range(0, Math.max(1, range.getUpperBound())), false, false);
                }
            }
        };
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    /** The same, in whole numbers only (vehicles, refusals). */
    public static NumberAxis counts(ValueAxis replaced) {
        NumberAxis axis = fromZero(replaced);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return axis;
    }

    /** For what may go below 0 (a month's takings net of refunds): zero always shown, at least one unit high. */
    public static NumberAxis withZero(ValueAxis replaced) {
        var axis = new NumberAxis(replaced.getLabel());
        axis.setAutoRangeIncludesZero(true);
        axis.setAutoRangeMinimumSize(1.0);
        return axis;
    }

    /** Labels turned by 45 degrees when there are many, so each is shown whole. */
    public static void readableCategories(CategoryAxis axis, int categories) {
        axis.setMaximumCategoryLabelWidthRatio(2.0f);
        if (categories > 8) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
    }

    /** Dates on a time axis written with {@code pattern} (from the translations) in {@code locale} and {@code zone}. */
    public static void dates(DateAxis axis, String pattern, Locale locale, ZoneId zone) {
        var format = new SimpleDateFormat(pattern, locale);
        format.setTimeZone(TimeZone.getTimeZone(zone));
        axis.setDateFormatOverride(format);
    }
}
