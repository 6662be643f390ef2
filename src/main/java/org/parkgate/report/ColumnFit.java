package org.parkgate.report;

import java.util.Arrays;

/**
 * Fits a table's columns to the page: when the widest cells do not fit, only the widest columns
 * give up room, down to a common width at which the table fits. Narrow columns (amounts, dates,
 * plates) keep their full width, so what is cut is the end of a long note, never a number.
 */
final class ColumnFit {

    private ColumnFit() {
    }

    /** {@code natural} (each column's widest cell) shrunk to at most {@code available} in total. */
    static float[] within(float[] natural, float available) {
        float total = 0;
        for (float width : natural) {
            total += width;
        }
        if (total <= available) {
            return natural.clone();
        }
        float[] sorted = natural.clone();
        Arrays.sort(sorted);
        // the common width c for the widest columns: sum(min(width, c)) == available
        float narrowSum = 0;
        float cap = available / sorted.length;
        for (int i = 0; i < sorted.length; i++) {
            float candidate = (available - narrowSum) / (sorted.length - i);
            if (sorted[i] > candidate) {
                cap = candidate;
                break;
            }
            narrowSum += sorted[i];
        }
        float[] fitted = new float[natural.length];
        for (int i = 0; i < natural.length; i++) {
            fitted[i] = Math.min(natural[i], cap);
        }
        return fitted;
    }
}
