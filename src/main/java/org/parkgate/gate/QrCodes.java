package org.parkgate.gate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** A display's QR payload drawn as SVG (one path, crisp at any size). */
public final class QrCodes {

    private QrCodes() {
    }

    public static String svg(String payload, int size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("cannot encode " + payload.length() + " characters as a QR code", tooLong);
        }
        var path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        // scaled by a transform, not a viewBox: HTML parsers (also Vaadin's Html) lower-case "viewBox" away
        double scale = (double) size / matrix.getWidth();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + size + "\" height=\"" + size
                + "\" data-modules=\"" + matrix.getWidth() + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><g transform=\"scale(" + scale + ")\">"
                + "<path fill=\"#000\" d=\"" + path + "\"/></g></svg>";
    }
}
