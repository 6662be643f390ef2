package org.parkgate.lane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import org.parkgate.KaribuTest;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The passage history: searched by plate, lane, time and decision; kept a year, then archived. */
class PassageHistoryTest extends KaribuTest {

    @Autowired
    LaneController lanes;
    @Autowired
    PassageSearch search;
    @Autowired
    PassageArchive archive;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aGuardFindsAPlateByItsStartByLaneAndByDecision() {
        Instant start = clock.instant();
        lanes.plateRead("in-1", "桂A77701", 95, null); // visitor: in
        lanes.plateRead("out-1", "桂A77701", 95, null); // owes the visitor fee at the exit? then refused
        lanes.plateRead("in-1", "桂A77702", 95, null);
        login("guard", Role.GUARD);
        lanes.openByHand("out-1", "桂A77702", "钥匙卡坏了");

        List<Passage> mine = search.find(new PassageQuery("桂A777", null, start, null, null, 0, 50));
        assertThat(mine).extracting(Passage::plate).containsExactly("桂A77702", "桂A77702", "桂A77701", "桂A77701");
        assertThat(search.find(new PassageQuery("桂a77701", "in-1", start, null, null, 0, 50)))
                .singleElement().satisfies(p -> assertThat(p.laneId()).isEqualTo("in-1"));
        assertThat(search.find(new PassageQuery("桂A777", null, start, null, PassageQuery.Decision.MANUAL, 0, 50)))
                .singleElement().satisfies(p -> {
                    assertThat(p.actor()).isEqualTo("guard");
                    assertThat(p.note()).isEqualTo("钥匙卡坏了");
                });
        assertThat(search.find(new PassageQuery("桂A777", null, start, null, PassageQuery.Decision.OPENED, 0, 50)))
                .extracting(Passage::manual).containsOnly(false);
        assertThat(search.find(new PassageQuery("桂A777", null, null, start, null, 0, 50))).as("before they came")
                .isEmpty();
    }

    @Test
    void passagesOlderThanAYearGoToTheArchiveAndStaysKeepTheirTimes() throws Exception {
        Instant old = clock.instant().minus(Duration.ofDays(400));
        long exitId = insert("桂B00001", "OUT", old.plusSeconds(3600));
        long entryId = insert("桂B00001", "IN", old);
        long insideId = insert("桂B00002", "IN", old); // still inside after 400 days: kept
        long recentId = insert("桂B00003", "IN", clock.instant().minus(Duration.ofDays(364)));
        jdbc.sql("INSERT INTO stay (lot, plate, entry_passage, entered_at, exit_passage, exited_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params("P1", "桂B00001", entryId, Timestamp.from(old), exitId, Timestamp.from(old.plusSeconds(3600)))
                .update();
        jdbc.sql("INSERT INTO stay (lot, plate, entry_passage, entered_at) VALUES (?, ?, ?, ?)")
                .params("P9", "桂B00002", insideId, Timestamp.from(old)).update();

        PassageArchive.Archived archived = archive.archive();
        assertThat(archived.passages()).isGreaterThanOrEqualTo(2);
        String csv = Files.readString(archived.file(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,lane,lot,direction,plate").contains("桂B00001");
        assertThat(ids()).doesNotContain(entryId, exitId).contains(insideId, recentId);
        assertThat(jdbc.sql("SELECT entered_at FROM stay WHERE plate = '桂B00001'")
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).single())
                .isCloseTo(old, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
        assertThat(archive.archive().passages()).as("nothing left to move").isZero();
        jdbc.sql("DELETE FROM stay WHERE plate = '桂B00002'").update();
    }

    @Test
    void lessThanAYearIsRefusedAndGuardsOnlySearch() {
        assertThatThrownBy(() -> new PassageArchive(jdbc, transaction, AppTestSupport.newTempDir("archive-"), 180,
                Clock.systemUTC())).isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 365 days");
        SecurityContextHelper.signOut();
        assertThatThrownBy(() -> search.find(new PassageQuery("", null, null, null, null, 0, 1)))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private long insert(String plate, String direction, Instant at) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO passage (lane, lot, direction, plate, read_as, confidence, opened, reason, amount_due,
                                             message, fuzzy, manual, captured_at, decided_at)
                        VALUES ('in-1', 'P1', ?, ?, ?, 90, TRUE, 'VISITOR_ENTRY', 0, 'ok', FALSE, FALSE, ?, ?)""")
                .params(direction, plate, plate, Timestamp.from(at), Timestamp.from(at)).update(key, "id");
        return key.getKey().longValue();
    }

    private List<Long> ids() {
        return jdbc.sql("SELECT id FROM passage WHERE plate LIKE '桂B%'").query(Long.class).list();
    }

    /** Nobody signed in, as on a thread of its own. */
    static final class SecurityContextHelper {
        static void signOut() {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
