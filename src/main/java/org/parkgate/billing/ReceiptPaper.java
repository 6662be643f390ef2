package org.parkgate.billing;

/**
 * The paper an office prints receipts on ({@code parkgate.receipts.paper}); it sets the receipt
 * page's print stylesheet and the page of the receipt's PDF.
 */
public enum ReceiptPaper {
    /** A5 sheets (148 × 210 mm, portrait) in an office printer. */
    A5(148, 210, 12, 10),
    /** An 80 mm thermal receipt roll, 72 mm of it printed. */
    MM80(80, 0, 4, 8.5f),
    /** A 58 mm thermal receipt roll, 48 mm of it printed. */
    MM58(58, 0, 5, 7.5f);

    private final float widthMm;
    private final float heightMm;
    private final float marginMm;
    private final float textSize;

    ReceiptPaper(float widthMm, float heightMm, float marginMm, float textSize) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.marginMm = marginMm;
        this.textSize = textSize;
    }

    public float widthMm() {
        return widthMm;
    }

    /** A sheet's height; a roll has none (a receipt is as long as its text). */
    public float heightMm() {
        return heightMm;
    }

    public boolean roll() {
        return heightMm == 0;
    }

    /** The blank edge on every side. */
    public float marginMm() {
        return marginMm;
    }

    /** The size of body text in points; titles are larger. */
    public float textSize() {
        return textSize;
    }
}
