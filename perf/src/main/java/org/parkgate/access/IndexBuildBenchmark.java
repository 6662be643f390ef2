package org.parkgate.access;

import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Building the index from a stream of 1,000,000 states, as at start-up (goal: within 2 s). */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class IndexBuildBenchmark {

    PlateState[] states;

    @Setup
    public void setUp() {
        var account = new AccountState(1, null, null, Arrears.NONE, false);
        states = IntStream.range(0, LotWithAMillionPlates.PLATES)
                .mapToObj(i -> PlateState.registered(LotWithAMillionPlates.plate(i), account))
                .toArray(PlateState[]::new);
    }

    @Benchmark
    public PlateIndex buildFromStream() {
        return PlateIndex.build(java.util.Arrays.stream(states).iterator(), states.length);
    }
}
