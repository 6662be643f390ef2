package org.parkgate.lane;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.TestPictures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pictures sent with plate reads, through the camera endpoints as a camera meets them: stored
 * with the passage under the data directory (day folder, content hash), byte for byte; a picture
 * that is not a whole JPEG or PNG, too large, or corrupt base64 is dropped and the lane decides
 * all the same; a picture that cannot be written leaves the passage without it, never without
 * its answer.
 */
class SnapshotsTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static int plates;

    @Autowired
    PassageSnapshots snapshots;
    @Autowired
    PassageRecords records;
    @Value("${parkgate.data-dir}")
    Path dataDir;

    MockMvc api;

    @BeforeEach
    void theCameraApi() {
        api = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
        clock.advance(Duration.ofSeconds(30)); // no repeat of another test's read
    }

    @Test
    void aVzenithPushWithBothPicturesStoresThemWithThePassage() throws Exception {
        byte[] plate = TestPictures.jpeg(160, 48, 1);
        byte[] scene = TestPictures.jpeg(1280, 720, 2);
        assertThat(scene.length).as("a camera's scene picture").isGreaterThan(150_000);
        String body = """
                {"AlarmInfoPlate":{"serialno":"s1","result":{"PlateResult":{"license":"%s","confidence":96,
                "imageFile":"%s","imageFileLen":%d,"imageFragmentFile":"%s","imageFragmentFileLen":%d}}}}"""
                .formatted(nextPlate(), Base64.getEncoder().encodeToString(scene), scene.length,
                        Base64.getEncoder().encodeToString(plate), plate.length);
        api.perform(post("/api/v1/cameras/vzenith/in-1").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.Response_AlarmInfoPlate.info").exists());

        List<PassageSnapshot> stored = snapshots.of(latestPassage());
        assertThat(stored).extracting(PassageSnapshot::kind).containsExactly(Snapshot.Kind.PLATE, Snapshot.Kind.SCENE);
        assertThat(Files.readAllBytes(snapshots.file(stored.get(0)))).isEqualTo(plate);
        assertThat(Files.readAllBytes(snapshots.file(stored.get(1)))).isEqualTo(scene);
        String day = LocalDate.ofInstant(clock.instant(), clock.getZone()).toString().replace('-', '/');
        assertThat(stored.get(1).ref()).isEqualTo(day + "/" + sha256(scene) + ".jpg");
        assertThat(snapshots.file(stored.get(1))).isEqualTo(dataDir.resolve("snapshots").resolve(stored.get(1).ref()));
        assertThat(stored.get(1).bytes()).isEqualTo(scene.length);
        try (var leftovers = Files.list(snapshots.file(stored.get(1)).getParent())) {
            assertThat(leftovers.map(Path::toString)).as("no half-written file left").noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aPlateReadWithBase64PicturesThatAreNotPicturesIsDecidedWithoutThem() throws Exception {
        String text = Base64.getEncoder().encodeToString("not a picture, a text file".getBytes(StandardCharsets.UTF_8));
        byte[] cutShort = Arrays.copyOf(TestPictures.jpeg(320, 200, 3), 2000); // a JPEG that lost its end
        String body = """
                {"plate":"%s","plateImage":"%s","sceneImage":"%s"}""".formatted(nextPlate(), text,
                Base64.getEncoder().encodeToString(cutShort));
        api.perform(post("/api/v1/lanes/in-1/plate-reads").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decision").exists());
        assertThat(snapshots.of(latestPassage())).isEmpty();

        String corrupt = """
                {"plate":"%s","plateImage":"@@@not*base64@@@","sceneImage":"%s"}""".formatted(nextPlate(),
                Base64.getEncoder().encodeToString(TestPictures.png(64, 20)));
        api.perform(post("/api/v1/lanes/in-1/plate-reads").contentType(MediaType.APPLICATION_JSON).content(corrupt))
                .andExpect(status().isOk());
        assertThat(snapshots.of(latestPassage())).as("the corrupt one dropped, the PNG kept")
                .extracting(PassageSnapshot::kind).containsExactly(Snapshot.Kind.SCENE);
    }

    @Test
    void aMultipartPlateReadKeepsAPictureWithinTheLimitAndDropsOneBeyondIt() throws Exception {
        byte[] plate = TestPictures.png(120, 40);
        byte[] huge = new byte[2 * 1024 * 1024 + 1]; // JPEG-shaped, one byte over the 2 MB default
        new Random(5).nextBytes(huge);
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        huge[huge.length - 2] = (byte) 0xFF;
        huge[huge.length - 1] = (byte) 0xD9;
        String read = nextPlate();
        String answer = api.perform(multipart("/api/v1/lanes/in-1/plate-reads")
                        .file(new MockMultipartFile("plateImage", "plate.png", "image/png", plate))
                        .file(new MockMultipartFile("sceneImage", "scene.jpg", "image/jpeg", huge))
                        .param("plate", read).param("confidence", "93"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode decided = JSON.readTree(answer);
        List<PassageSnapshot> stored = snapshots.of(decided.path("passageId").asLong());
        assertThat(stored).extracting(PassageSnapshot::kind).containsExactly(Snapshot.Kind.PLATE);
        assertThat(stored.getFirst().ref()).endsWith(".png");
        assertThat(Files.readAllBytes(snapshots.file(stored.getFirst()))).isEqualTo(plate);
    }

    @Test
    void theSamePictureTwiceIsOneFileForBothPassages() throws Exception {
        byte[] plate = TestPictures.jpeg(160, 48, 9);
        long first = readWith(plate);
        clock.advance(Duration.ofSeconds(30));
        long second = readWith(plate);
        PassageSnapshot a = snapshots.of(first).getFirst();
        PassageSnapshot b = snapshots.of(second).getFirst();
        assertThat(a.ref()).isEqualTo(b.ref());
        assertThat(Files.readAllBytes(snapshots.file(b))).isEqualTo(plate);
    }

    @Test
    void pictureThatCannotBeWrittenLeavesThePassageWithoutItAndTheLaneAnswers() throws Exception {
        Path folder = dataDir.resolve("snapshots");
        Path aside = dataDir.resolve("snapshots-aside");
        if (Files.exists(folder)) {
            Files.move(folder, aside);
        }
        Files.writeString(folder, "a file where the folder should be: nothing can be written below it");
        try {
            long passage = readWith(TestPictures.jpeg(160, 48, 11));
            assertThat(passage).isPositive();
            assertThat(snapshots.of(passage)).as("no reference to a picture that is not on disk").isEmpty();
        } finally {
            Files.delete(folder);
            if (Files.exists(aside)) {
                Files.move(aside, folder);
            }
        }
    }

    @Test
    void thePassagesPageShowsTheThumbnailAndOpensThePictureFullSize() throws Exception {
        long id = readWith(TestPictures.jpeg(160, 48, 21));
        Passage passage = records.find(id);
        login("guard", org.parkgate.security.Role.GUARD);
        UI.getCurrent().navigate("passages");
        _setValue(_get(TextField.class, spec -> spec.withId("passages-plate")), passage.plate());
        @SuppressWarnings("unchecked")
        Grid<Passage> grid = _get(Grid.class, spec -> spec.withId("passages-grid"));
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(id);
        Component cell = GridKt._getCellComponent(grid, 0, "pictures");
        Image thumbnail = _get(cell, Image.class, spec -> spec.withId("passage-picture-" + id + "-plate"));
        assertThat(thumbnail.getAlt()).hasValue("Plate picture of " + passage.plate());
        assertThat(thumbnail.getSrc()).isNotBlank();
        _click(thumbnail);
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("passage-pictures"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).startsWith("Pictures of " + passage.plate());
        assertThat(_get(Image.class, spec -> spec.withId("passage-picture-full-plate")).getSrc()).isNotBlank();
        assertThat(_find(Image.class, spec -> spec.withId("passage-picture-full-scene"))).as("sent without a scene").isEmpty();
    }

    private long readWith(byte[] plateJpeg) throws Exception {
        String body = """
                {"plate":"%s","plateImage":"%s"}""".formatted(nextPlate(), Base64.getEncoder().encodeToString(plateJpeg));
        String answer = api.perform(post("/api/v1/lanes/in-1/plate-reads").contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(answer).path("passageId").asLong();
    }

    private long latestPassage() {
        return records.lastRecorded("in-1").id();
    }

    private static synchronized String nextPlate() {
        return "晋F" + String.format("%05d", 10 + plates++);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
