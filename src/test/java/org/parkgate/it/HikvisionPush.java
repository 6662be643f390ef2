package org.parkgate.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Hikvision camera's push as its firmware writes it: {@code multipart/form-data}, each part named
 * by its file name ({@code anpr.xml}, {@code licensePlatePicture.jpg}, {@code detectionPicture.jpg}).
 */
final class HikvisionPush {

    static final Path PAYLOADS = Path.of("simulator/payloads");
    static final String BOUNDARY = "----hikvisionBoundary7MA4YWxkTrZu0gW";

    private final List<byte[]> parts = new ArrayList<>();

    /** The alert of a payload file, with {@code plate} instead of the plate it has, when not null. */
    HikvisionPush alert(String payload, String type, String replacing, String plate) {
        String text = read(payload);
        return part("anpr.xml", type, (plate == null ? text : text.replace(replacing, plate)).getBytes(StandardCharsets.UTF_8));
    }

    /** Both JPEGs of the payloads. */
    HikvisionPush pictures() {
        for (String name : List.of("licensePlatePicture.jpg", "detectionPicture.jpg")) {
            part(name, "image/jpeg", bytes(PAYLOADS.resolve("hikvision-" + name)));
        }
        return this;
    }

    HikvisionPush part(String name, String type, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\nContent-Length: " + content.length + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        parts.add(out.toByteArray());
        return this;
    }

    HttpResponse<String> sendTo(RunningJar app, String lane, String key) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        parts.forEach(body::writeBytes);
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return RunningJar.send(HttpRequest.newBuilder(app.uri("/api/v1/cameras/hikvision/" + lane + "?key=" + key))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String payload) {
        return new String(bytes(PAYLOADS.resolve(payload)), StandardCharsets.UTF_8);
    }
}
