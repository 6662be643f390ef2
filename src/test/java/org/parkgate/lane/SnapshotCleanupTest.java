package org.parkgate.lane;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.TestPictures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pictures' disk budget, with a moved clock and a budget of a few kilobytes: the nightly
 * clean-up deletes pictures past their retention and then the oldest while the budget is
 * exceeded; the passages stay, their pictures marked deleted; the disk use says when 90 % is near.
 */
class SnapshotCleanupTest extends KaribuTest {

    private static int plates;

    @Autowired
    LaneController lanes;
    @Autowired
    PassageSnapshots snapshots;
    @Autowired
    PassageRecords records;
    @Autowired
    SnapshotFiles files;
    @Autowired
    JdbcClient jdbc;

    @Test
    void picturesPastTheirRetentionGoFirstThenTheOldestUntilTheBudgetHolds() throws Exception {
        // later than any other test's clock: the first run removes every picture made before
        clock.set(java.time.Instant.parse("2045-01-01T02:00:00Z"));
        new SnapshotCleanup(jdbc, files, clock, 90, 1000).cleanUp();

        long first = read(TestPictures.jpeg(64, 32, 101), TestPictures.jpeg(200, 120, 102));
        clock.advance(Duration.ofDays(10));
        long second = read(TestPictures.jpeg(64, 32, 103), null);
        clock.advance(Duration.ofDays(85)); // first: 95 days old, second: 85
        long third = read(TestPictures.jpeg(64, 32, 104), null);
        List<PassageSnapshot> firstPictures = snapshots.of(first);
        long secondBytes = snapshots.of(second).getFirst().bytes();
        long thirdBytes = snapshots.of(third).getFirst().bytes();

        var roomy = new SnapshotCleanup(jdbc, files, clock, 90, 1000);
        assertThat(roomy.cleanUp()).as("the two pictures of the first passage, past 90 days").isEqualTo(2);
        assertThat(snapshots.of(first)).allSatisfy(picture -> assertThat(picture.deletedAt()).isNotNull());
        assertThat(firstPictures).allSatisfy(picture -> assertThat(Files.exists(files.path(picture.ref()))).isFalse());
        assertThat(snapshots.file(snapshots.of(first).getFirst())).isNull();
        assertThat(records.find(first)).as("the passage itself stays").isNotNull();
        assertThat(roomy.diskUse().usedBytes()).isEqualTo(secondBytes + thirdBytes);

        double justTheNewest = (thirdBytes + 10) / 1e9;
        var tiny = new SnapshotCleanup(jdbc, files, clock, 90, justTheNewest);
        assertThat(tiny.diskUse().nearlyFull()).as("over budget").isTrue();
        assertThat(tiny.cleanUp()).as("the oldest kept picture goes").isEqualTo(1);
        assertThat(snapshots.of(second).getFirst().deletedAt()).isNotNull();
        assertThat(snapshots.file(snapshots.of(third).getFirst())).as("the newest stays").isNotNull();
        assertThat(tiny.diskUse().usedBytes()).isEqualTo(thirdBytes);
        assertThat(new SnapshotCleanup(jdbc, files, clock, 90, thirdBytes * 2 / 1e9).diskUse().nearlyFull())
                .as("half the budget").isFalse();
        assertThat(records.find(second)).isNotNull();
    }

    private long read(byte[] plate, byte[] scene) {
        List<Snapshot> pictures = SnapshotIntake.taken(new Snapshot(Snapshot.Kind.PLATE, plate, Snapshot.Format.JPEG),
                scene == null ? null : new Snapshot(Snapshot.Kind.SCENE, scene, Snapshot.Format.JPEG));
        LaneAnswer answer = lanes.plateRead("in-1", "晋G" + String.format("%05d", 100 + plates++), 95, null, pictures);
        return answer.passageId();
    }
}
