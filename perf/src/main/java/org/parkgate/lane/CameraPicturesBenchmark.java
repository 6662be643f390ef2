package org.parkgate.lane;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.parkgate.perf.RunningOffice;

/**
 * A Vzenith camera's push at the entrance over HTTP (keep-alive, as a camera sends them), from the
 * first byte sent to the answer read: without pictures, or with a 200 KB scene and a 10 KB plate
 * close-up in the body (base64), which ParkGate decodes once, writes and forces to disk beside the
 * passage's own commit before it answers. Every push has pictures of its own (no two alike, so
 * every one is written). 50 pushes a second (a 20 ms pause before each, not measured). Goal:
 * p99 with pictures within 5 ms of p99 without (compare the two in the same run).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class CameraPicturesBenchmark {

    private static final String KEY = "perf-camera-key-0123456789abcdef";

    /**
     * {@code none}; {@code 200KB}: the two pictures; {@code 200KB-ignored}: the same bytes in a field
     * ParkGate does not read, so the difference to {@code 200KB} is what ParkGate does with the
     * pictures (decode, hash, write and force), the rest is carrying and parsing a bigger body.
     */
    @Param({"none", "200KB", "200KB-ignored"})
    String pictures;

    RunningOffice office;
    HttpClient http;
    URI push;
    char[] scene;
    String plate;
    final Random random = new Random(11);
    long pushes;
    byte[] body;

    @Setup(Level.Trial)
    public void start() throws IOException {
        office = new RunningOffice("--parkgate.lots[0].id=P1", "--parkgate.lots[0].capacity=10000000",
                "--parkgate.lanes[0].id=in-1", "--parkgate.lanes[0].lot=P1", "--parkgate.lanes[0].direction=IN",
                "--parkgate.lanes[1].id=out-1", "--parkgate.lanes[1].lot=P1", "--parkgate.lanes[1].direction=OUT",
                "--parkgate.simulator.rise-ms=5", "--parkgate.simulator.fall-ms=5", "--parkgate.device-key=" + KEY);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        push = URI.create("http://127.0.0.1:" + office.port() + "/api/v1/cameras/vzenith/in-1?key=" + KEY);
        scene = Base64.getEncoder().encodeToString(jpegOf(200_000, 1)).toCharArray();
        plate = Base64.getEncoder().encodeToString(jpegOf(10_000, 2));
    }

    @Setup(Level.Invocation)
    public void nextCar() throws InterruptedException {
        Thread.sleep(20);
        String license = "津E" + String.format("%05d", random.nextInt(100_000));
        String images = "";
        if (!pictures.equals("none")) {
            // a picture of its own: a few base64 characters in the middle of the JPEG's data change
            char[] own = scene.clone();
            String count = Long.toString(pushes++, 36);
            for (int i = 0; i < count.length(); i++) {
                own[own.length / 2 + i] = count.charAt(i);
            }
            boolean ignored = pictures.endsWith("-ignored");
            images = ",\"" + (ignored ? "padding" : "imageFile") + "\":\"" + new String(own) + "\",\""
                    + (ignored ? "padding2" : "imageFragmentFile") + "\":\"" + plate + "\"";
        }
        body = ("{\"AlarmInfoPlate\":{\"serialno\":\"perf\",\"result\":{\"PlateResult\":{\"license\":\"" + license
                + "\",\"confidence\":96" + images + "}}}}").getBytes(StandardCharsets.UTF_8); // as a camera has it ready
    }

    @Benchmark
    public String pushAtTheEntrance() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(push).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        http.close();
        office.close();
    }

    /** A JPEG of about {@code bytes}: noise, which compresses as badly as a real scene, cut to a square that size. */
    static byte[] jpegOf(int bytes, long seed) throws IOException {
        Random random = new Random(seed);
        int side = 64;
        byte[] jpeg;
        do {
            side += 16;
            BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    image.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            jpeg = out.toByteArray();
        } while (jpeg.length < bytes);
        return jpeg;
    }
}
