package org.parkgate.access;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Replacing one plate's state in the 1,000,000-plate index (what a payment or a passage does). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class IndexUpdateBenchmark {

    LotWithAMillionPlates lot;
    AccountState paid;
    int next;

    @Setup
    public void setUp() {
        lot = new LotWithAMillionPlates();
        paid = new AccountState(1, null, null, Arrears.NONE, false);
    }

    @Benchmark
    public int updateOnePlate() {
        next = (next + 7919) % LotWithAMillionPlates.PLATES;
        lot.index.put(PlateState.registered(LotWithAMillionPlates.plate(next), paid));
        return next;
    }
}
