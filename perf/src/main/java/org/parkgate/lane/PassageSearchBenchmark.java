package org.parkgate.lane;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.parkgate.TestDatabase;
import org.parkgate.perf.RunningOffice;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Passages page over 1,000,000 passages (a year of 4 lanes, 100,000 plates, 5 % refused,
 * 0.1 % opened by hand): one page (50 rows) of the searches a guard or manager makes. Goal: each
 * answers in under 2 s. The data set is made once into {@link #DATA} and reused.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class PassageSearchBenchmark {

    static final int PASSAGES = 1_000_000;
    static final String[] LANES = {"in-1", "out-1", "in-2", "out-2"};

    RunningOffice office;
    PassageSearch search;
    Instant now;

    /**
     * Made once (several minutes) and shared by the benchmarks of this class, one per database (on
     * PostgreSQL it lasts as long as the server: name one with -Dparkgate.test.pg.url to keep it);
     * delete it to make it anew.
     */
    static final Path DATA = Path.of("target", "perf-data", TestDatabase.onPostgres() ? "passages-1m-postgresql" : "passages-1m");

    @Setup(Level.Trial)
    public void start() throws IOException {
        Path ready = DATA.resolve("ready");
        office = new RunningOffice(DATA, true);
        search = office.bean(PassageSearch.class);
        JdbcTemplate jdbc = office.bean(JdbcTemplate.class);
        boolean made = Files.exists(ready) && jdbc.queryForObject("SELECT COUNT(*) FROM passage", Long.class) >= PASSAGES;
        if (made) {
            now = Instant.parse(Files.readString(ready).strip());
            return;
        }
        now = Instant.now();
        var random = new Random(42);
        long spanMillis = Duration.ofDays(365).toMillis();
        List<Object[]> batch = new ArrayList<>(10_000);
        for (int i = 0; i < PASSAGES; i++) {
            String lane = LANES[i % LANES.length];
            String plate = "湘" + (char) ('A' + random.nextInt(10)) + String.format("%05d", random.nextInt(10_000));
            int kind = random.nextInt(1000);
            boolean manual = kind == 0;
            boolean opened = manual || kind >= 50;
            Timestamp at = Timestamp.from(now.minusMillis((long) (random.nextDouble() * spanMillis)));
            batch.add(new Object[] {lane, "P1", lane.startsWith("in") ? "IN" : "OUT", plate, plate, 95, opened,
                    manual ? "MANUAL_OPEN" : opened ? "PASS_VALID" : "ARREARS_RESTRICTED", opened ? 0 : 61350,
                    opened ? "欢迎" : "欠费 613.50 元", false, manual, manual ? "guard" : null,
                    manual ? "钥匙卡坏了" : null, at, at});
            if (batch.size() == 10_000) {
                insert(jdbc, batch);
            }
        }
        insert(jdbc, batch);
        office.analyzed();
        Files.writeString(ready, now.toString());
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate("""
                INSERT INTO passage (lane, lot, direction, plate, read_as, confidence, opened, reason, amount_due,
                                     message, fuzzy, manual, actor, note, captured_at, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
        batch.clear();
    }

    @Setup(Level.Iteration)
    public void signIn() {
        RunningOffice.signInAs("guard", "GUARD");
    }

    @Benchmark
    public List<Passage> newestFirst() {
        return search.find(new PassageQuery("", null, null, null, null, 0, 50));
    }

    @Benchmark
    public List<Passage> onePlate() {
        return search.find(new PassageQuery("湘C01234", null, null, null, null, 0, 50));
    }

    @Benchmark
    public List<Passage> plateStart() {
        return search.find(new PassageQuery("湘C01", null, null, null, null, 0, 50));
    }

    @Benchmark
    public List<Passage> laneOnADay() {
        Instant day = now.minus(Duration.ofDays(100));
        return search.find(new PassageQuery("", "out-2", day, day.plus(Duration.ofDays(1)), null, 0, 50));
    }

    @Benchmark
    public List<Passage> refusalsInAMonth() {
        Instant from = now.minus(Duration.ofDays(200));
        return search.find(new PassageQuery("", null, from, from.plus(Duration.ofDays(30)),
                PassageQuery.Decision.DENIED, 0, 50));
    }

    @Benchmark
    public List<Passage> manualOpensInAMonth() {
        Instant from = now.minus(Duration.ofDays(200));
        return search.find(new PassageQuery("", null, from, from.plus(Duration.ofDays(30)),
                PassageQuery.Decision.MANUAL, 0, 50));
    }

    @Benchmark
    public List<Passage> pageTwoHundred() {
        return search.find(new PassageQuery("", null, null, null, null, 10_000, 50));
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        office.close();
    }
}
