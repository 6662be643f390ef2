package org.parkgate.lane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The Hikvision ANPR push as the camera sends it in "HTTP listening" mode (the payloads in
 * simulator/payloads): multipart with the alert (XML or JSON) and its two JPEGs, decided like any
 * read and stored with its pictures; a vehicle without a readable plate; heartbeats keeping the
 * silent-camera watch quiet; and hostile bodies refused with a 4xx that changes nothing.
 */
class HikvisionTest extends KaribuTest {

    private static final Path PAYLOADS = Path.of("simulator/payloads");

    @Autowired
    PassageSnapshots snapshots;
    @Autowired
    PassageRecords records;
    @Autowired
    CameraWatch cameras;
    @Autowired
    JdbcClient jdbc;

    MockMvc api;

    @BeforeEach
    void theCameraApi() {
        api = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
        clock.advance(Duration.ofSeconds(30));
    }

    @Test
    void anAnprAlertWithItsPicturesIsDecidedAndStoredWithThem() throws Exception {
        byte[] plate = Files.readAllBytes(PAYLOADS.resolve("hikvision-licensePlatePicture.jpg"));
        byte[] scene = Files.readAllBytes(PAYLOADS.resolve("hikvision-detectionPicture.jpg"));
        api.perform(push("in-1", "hikvision-anpr-京A10001.xml", MediaType.APPLICATION_XML_VALUE, true))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.event").value("ANPR"))
                .andExpect(jsonPath("$.reason").value("PASS_VALID"));
        Passage passage = records.lastRecorded("in-1");
        assertThat(passage.plate()).isEqualTo("京A10001");
        assertThat(passage.confidence()).isEqualTo(97);
        assertThat(passage.opened()).as("opened by the lane's own gate adapter").isTrue();
        List<PassageSnapshot> stored = snapshots.of(passage.id());
        assertThat(stored).extracting(PassageSnapshot::kind).containsExactly(Snapshot.Kind.PLATE, Snapshot.Kind.SCENE);
        assertThat(Files.readAllBytes(snapshots.file(stored.get(0)))).isEqualTo(plate);
        assertThat(Files.readAllBytes(snapshots.file(stored.get(1)))).isEqualTo(scene);
    }

    @Test
    void theJsonFormOfNewerFirmwareIsReadTheSameWay() throws Exception {
        api.perform(push("out-1", "hikvision-anpr-京A10005.json", MediaType.APPLICATION_JSON_VALUE, true))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.event").value("ANPR"))
                .andExpect(jsonPath("$.passageId").isNumber());
        Passage passage = records.lastRecorded("out-1");
        assertThat(passage.plate()).isEqualTo("京A10005");
        assertThat(passage.confidence()).isEqualTo(95);
        assertThat(snapshots.of(passage.id())).hasSize(2);
    }

    @Test
    void aVehicleWithoutAReadablePlateIsAskedToCallStaff() throws Exception {
        api.perform(push("in-1", "hikvision-anpr-no-plate.xml", MediaType.APPLICATION_XML_VALUE, false))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("DENY"))
                .andExpect(jsonPath("$.reason").value("INVALID_PLATE"));
        Passage passage = records.lastRecorded("in-1");
        assertThat(passage.readAs()).isEqualTo("无车牌");
        assertThat(passage.opened()).isFalse();
        assertThat(context.getBean(Site.class).lane("in-1").gate().state().display().lines())
                .anySatisfy(line -> assertThat(line).contains("请按呼叫按钮"));

        login("guard", org.parkgate.security.Role.GUARD); // at the Lanes page, the guard types the plate
        LaneAnswer corrected = context.getBean(LaneController.class).correctPlate("in-1", passage.id(), "京A10001");
        assertThat(corrected.opens()).as(corrected.reason()).isTrue();
        assertThat(records.find(corrected.passageId()).readAs()).as("the camera's word kept").isEqualTo("无车牌");
    }

    @Test
    void heartbeatsKeepTheSilentCameraWatchQuiet() throws Exception {
        String heartbeat = Files.readString(PAYLOADS.resolve("hikvision-heartbeat.xml"));
        api.perform(post("/api/v1/cameras/hikvision/out-1").contentType(MediaType.APPLICATION_XML).content(heartbeat))
                .andExpect(status().isOk()).andExpect(jsonPath("$.event").value("videoloss"));
        clock.advance(Duration.ofSeconds(60));
        api.perform(post("/api/v1/cameras/hikvision/out-1").contentType(MediaType.APPLICATION_XML).content(heartbeat))
                .andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(60));
        assertThat(cameras.silentSince("out-1")).as("heard 60 s ago").isNull();
        clock.advance(Duration.ofSeconds(40));
        assertThat(cameras.silentSince("out-1")).as("silent for 100 s").isNotNull();
        api.perform(post("/api/v1/cameras/hikvision/out-1").contentType(MediaType.APPLICATION_XML).content(heartbeat))
                .andExpect(status().isOk());
        assertThat(cameras.silentSince("out-1")).isNull();
    }

    @Test
    void entityExpansionAndExternalEntitiesAreRefusedAndNothingIsDecided() throws Exception {
        Path secret = Files.createTempFile("secret", ".txt");
        Files.writeString(secret, "京A10001");
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
                <EventNotificationAlert><eventType>ANPR</eventType><ANPR><licensePlate>&lol9;</licensePlate></ANPR>
                </EventNotificationAlert>""";
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE a [<!ENTITY plate SYSTEM "%s">]>
                <EventNotificationAlert><eventType>ANPR</eventType><ANPR><licensePlate>&plate;</licensePlate></ANPR>
                </EventNotificationAlert>""".formatted(secret.toUri());
        long before = passages();
        for (String hostile : List.of(laughs, external)) {
            api.perform(multipart("/api/v1/cameras/hikvision/in-1")
                            .file(new MockMultipartFile("anpr.xml", "anpr.xml", "application/xml",
                                    hostile.getBytes(StandardCharsets.UTF_8))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("DOCTYPE")));
        }
        assertThat(passages()).as("nothing decided").isEqualTo(before);
        Files.delete(secret);
    }

    @Test
    void aPicturePartThatIsATextFileIsDroppedAndTheLaneDecides() throws Exception {
        byte[] alert = Files.readAllBytes(PAYLOADS.resolve("hikvision-anpr-京A10001.xml"));
        api.perform(multipart("/api/v1/cameras/hikvision/out-1")
                        .file(new MockMultipartFile("anpr.xml", "anpr.xml", "application/xml", alert))
                        .file(new MockMultipartFile("licensePlatePicture.jpg", "licensePlatePicture.jpg", "image/jpeg",
                                "GET /etc/passwd, not a JPEG".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.passageId").isNumber());
        assertThat(snapshots.of(records.lastRecorded("out-1").id())).isEmpty();
    }

    @Test
    void aBrokenMultipartBodyIsA4xxAndNothingIsDecided() throws Exception {
        long before = passages();
        api.perform(post("/api/v1/cameras/hikvision/in-1").contentType("multipart/form-data; boundary=abc")
                        .content("--abc\r\nContent-Disposition: form-data; name=\"anpr.xml\"\r\n\r\n<EventNot"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isBetween(400, 499));
        api.perform(multipart("/api/v1/cameras/hikvision/in-1")
                        .file(new MockMultipartFile("detectionPicture.jpg", "detectionPicture.jpg", "image/jpeg",
                                Files.readAllBytes(PAYLOADS.resolve("hikvision-detectionPicture.jpg")))))
                .andExpect(status().isBadRequest());
        assertThat(passages()).isEqualTo(before);
    }

    private long passages() {
        return jdbc.sql("SELECT COUNT(*) FROM passage").query(Long.class).single();
    }

    private static MockMultipartHttpServletRequestBuilder push(String lane, String alert, String type, boolean pictures)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/cameras/hikvision/" + lane)
                .file(new MockMultipartFile("anpr.xml", "anpr.xml", type, Files.readAllBytes(PAYLOADS.resolve(alert))));
        if (pictures) {
            for (String name : List.of("licensePlatePicture.jpg", "detectionPicture.jpg")) {
                request.file(new MockMultipartFile(name, name, "image/jpeg",
                        Files.readAllBytes(PAYLOADS.resolve("hikvision-" + name))));
            }
        }
        return request;
    }
}
