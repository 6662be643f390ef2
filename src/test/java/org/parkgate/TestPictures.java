package org.parkgate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Pictures as cameras take them, made in the test. */
public final class TestPictures {

    private TestPictures() {
    }

    /** A JPEG of noise, which compresses as badly as a real scene: its size is like a camera's. */
    public static byte[] jpeg(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return written(image, "jpg");
    }

    public static byte[] png(int width, int height) {
        return written(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    private static byte[] written(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
