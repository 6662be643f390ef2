package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Camera input with pictures over real HTTP against the packaged jar (demo): the Vzenith push with
 * its base64 pictures and the Hikvision pushes (XML and JSON multipart with both JPEGs, a
 * heartbeat) as the payloads in simulator/ have them, each picture on disk under the data
 * directory byte for byte; and the hostile bodies (entity expansion, a 20 MB body, a broken
 * multipart boundary, a picture part that is a text file): never a 5xx, and the lanes decide on.
 */
class CameraPicturesIT {

    private static final String KEY = "demo-device-key";
    private static final Path PAYLOADS = HikvisionPush.PAYLOADS;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static RunningJar app;
    private static Path dataDir;

    @BeforeAll
    static void start() {
        dataDir = AppTestSupport.newTempDir("pictures-");
        app = RunningJar.start(dataDir, Map.of(), "--spring.profiles.active=demo").awaitStarted();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void picturesOfEveryCameraAreStoredWithTheirPassage() throws Exception {
        byte[] plate = Files.readAllBytes(PAYLOADS.resolve("hikvision-licensePlatePicture.jpg"));
        byte[] scene = Files.readAllBytes(PAYLOADS.resolve("hikvision-detectionPicture.jpg"));

        HttpResponse<String> vzenith = app.post("/api/v1/cameras/vzenith/in-1?key=" + KEY,
                Files.readString(PAYLOADS.resolve("vzenith-plate-with-pictures-京A10003.json")));
        assertThat(vzenith.statusCode()).isEqualTo(200);
        assertThat(stored()).as("the Vzenith pair on disk").contains(plate.length, scene.length);

        HttpResponse<String> xml = hikvision("out-1", "hikvision-anpr-京A10001.xml", "application/xml", true);
        assertThat(xml.statusCode()).isEqualTo(200);
        JsonNode decided = JSON.readTree(xml.body());
        assertThat(decided.path("event").asString()).isEqualTo("ANPR");
        assertThat(decided.path("passageId").asLong()).isPositive();

        HttpResponse<String> json = hikvision("in-1", "hikvision-anpr-京A10005.json", "application/json", true);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(json.body()).path("passageId").asLong()).isGreaterThan(decided.path("passageId").asLong());

        List<Path> files = pictureFiles();
        assertThat(files).as("the same two JPEGs, sent three times, are two files").hasSize(2);
        assertThat(files.stream().map(CameraPicturesIT::bytes)).containsExactlyInAnyOrder(plate, scene);

        HttpResponse<String> heartbeat = RunningJar.send(HttpRequest.newBuilder(app.uri("/api/v1/cameras/hikvision/out-1?key=" + KEY))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofFile(PAYLOADS.resolve("hikvision-heartbeat.xml"))).build());
        assertThat(heartbeat.statusCode()).isEqualTo(200);
        assertThat(heartbeat.body()).contains("videoloss");
    }

    @Test
    void hostileBodiesAreRefusedWithoutA5xxAndTheLanesDecideOn() throws Exception {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                + "<EventNotificationAlert><eventType>ANPR</eventType><ANPR><licensePlate>&d;</licensePlate></ANPR>"
                + "</EventNotificationAlert>";
        assertThat(new HikvisionPush().part("anpr.xml", "application/xml", laughs.getBytes(StandardCharsets.UTF_8))
                .sendTo(app, "in-1", KEY).statusCode()).as("entity expansion").isEqualTo(400);
        assertThat(RawPost.status(app.port, "/api/v1/cameras/hikvision/in-1?key=" + KEY, KEY, 20L * 1024 * 1024, false))
                .as("a 20 MB body").isEqualTo(413);
        byte[] broken = "--xyz\r\nContent-Disposition: form-data; name=\"anpr.xml\"\r\n\r\n<EventNotification"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> cut = RunningJar.send(HttpRequest.newBuilder(app.uri("/api/v1/cameras/hikvision/in-1?key=" + KEY))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofByteArray(broken)).build());
        assertThat(cut.statusCode()).as("a broken boundary: " + cut.body()).isBetween(400, 499);

        byte[] alert = Files.readAllBytes(PAYLOADS.resolve("hikvision-anpr-京A10001.xml"));
        HttpResponse<String> textPicture = new HikvisionPush().part("anpr.xml", "application/xml", alert)
                .part("licensePlatePicture.jpg", "image/jpeg", "#!/bin/sh\necho not a picture\n".getBytes(StandardCharsets.UTF_8))
                .sendTo(app, "in-1", KEY);
        assertThat(textPicture.statusCode()).as("a picture part that is a text file is dropped").isEqualTo(200);
        assertThat(JSON.readTree(textPicture.body()).path("passageId").asLong()).isPositive();

        HttpResponse<String> after = app.post("/api/v1/lanes/in-1/plate-reads", "{\"plate\":\"京A10001\"}", "X-Api-Key", KEY);
        assertThat(after.statusCode()).as("the lanes decide on").isEqualTo(200);
        assertThat(app.logText()).doesNotContain("OutOfMemoryError");
    }

    private static HttpResponse<String> hikvision(String lane, String alert, String type, boolean pictures) {
        HikvisionPush push = new HikvisionPush().alert(alert, type, "", null);
        return (pictures ? push.pictures() : push).sendTo(app, lane, KEY);
    }

    private static List<Path> pictureFiles() throws IOException {
        Path root = dataDir.resolve("snapshots");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static List<Integer> stored() throws IOException {
        return pictureFiles().stream().map(path -> bytes(path).length).toList();
    }

    private static byte[] bytes(Path path) {
        return HikvisionPush.bytes(path);
    }
}
