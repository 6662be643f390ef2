package org.parkgate.registry;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.parkgate.perf.RunningOffice;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the owners grid asks the database for, with 100,000 owners and 100,000 vehicles: the first
 * page, a page near the end, the row count, and a search by part of a plate. Each is one grid
 * fetch (50 rows); the grid stays quick while each stays well under 100 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class OwnerListBenchmark {

    static final int OWNERS = 100_000;

    RunningOffice office;
    RegistryService registry;

    @Setup(Level.Trial)
    public void start() throws IOException {
        office = new RunningOffice();
        registry = office.bean(RegistryService.class);
        JdbcTemplate jdbc = office.bean(JdbcTemplate.class);
        List<Object[]> owners = new ArrayList<>(OWNERS);
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 1; i <= OWNERS; i++) {
            owners.add(new Object[] {i, "业主" + i, "139" + String.format("%08d", i), (i / 100) + "-" + (i % 100), now});
        }
        List<Object[]> units = new ArrayList<>(OWNERS);
        for (int i = 1; i <= OWNERS; i++) { // every owner's unit exists (owner_unit_fk, V9)
            units.add(new Object[] {(i / 100) + "-" + (i % 100), String.valueOf(i / 100)});
        }
        jdbc.batchUpdate("INSERT INTO unit (code, building) VALUES (?, ?)", units);
        jdbc.batchUpdate("INSERT INTO owner (id, name, phone, unit, created_at) VALUES (?, ?, ?, ?, ?)", owners);
        List<Object[]> vehicles = new ArrayList<>(OWNERS);
        for (int i = 1; i <= OWNERS; i++) {
            vehicles.add(new Object[] {i, "湘" + (char) ('A' + i / 10_000) + String.format("%05d", i % 10_000)});
        }
        jdbc.batchUpdate("INSERT INTO vehicle (owner, plate, kind) VALUES (?, ?, 'CAR')", vehicles);
        office.analyzed();
    }

    @Setup(Level.Iteration)
    public void signIn() {
        RunningOffice.signInAsCashier();
    }

    @Benchmark
    public List<OwnerRow> firstPageByName() {
        return registry.find(new OwnerQuery("", OwnerQuery.OwnerSort.NAME, true, 0, 50));
    }

    @Benchmark
    public List<OwnerRow> pageNearTheEndByUnit() {
        return registry.find(new OwnerQuery("", OwnerQuery.OwnerSort.UNIT, true, OWNERS - 100, 50));
    }

    @Benchmark
    public int countAll() {
        return registry.count(new OwnerQuery("", OwnerQuery.OwnerSort.NAME, true, 0, 1));
    }

    @Benchmark
    public List<OwnerRow> searchPartOfAPlate() {
        return registry.find(new OwnerQuery("C0123", OwnerQuery.OwnerSort.NAME, true, 0, 50));
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        office.close();
    }
}
