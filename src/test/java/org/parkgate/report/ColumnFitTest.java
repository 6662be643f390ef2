package org.parkgate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A report's columns on an A4 landscape page (770 points of room). */
class ColumnFitTest {

    @Test
    void aTableThatFitsKeepsItsNaturalWidths() {
        assertThat(ColumnFit.within(new float[] {100, 300, 50}, 770)).containsExactly(100, 300, 50);
    }

    @Test
    void onlyTheWidestColumnsGiveUpRoomSoAmountsAndDatesAreNeverCut() {
        // plate, amount, date, a long address and a long note
        float[] fitted = ColumnFit.within(new float[] {60, 50, 60, 500, 400}, 770);
        assertThat(fitted[0]).isEqualTo(60);
        assertThat(fitted[1]).isEqualTo(50);
        assertThat(fitted[2]).isEqualTo(60);
        assertThat(fitted[3]).isCloseTo(300, within(0.01f));
        assertThat(fitted[4]).isCloseTo(300, within(0.01f));
    }

    @Test
    void aColumnBelowTheCommonWidthIsNotWidened() {
        float[] fitted = ColumnFit.within(new float[] {200, 1000, 260}, 770);
        assertThat(fitted).containsExactly(200, 310, 260);
    }

    @Test
    void manyWideColumnsShareThePageEvenly() {
        float[] fitted = ColumnFit.within(new float[] {400, 400, 400, 400}, 770);
        assertThat(fitted).containsExactly(192.5f, 192.5f, 192.5f, 192.5f);
    }
}
