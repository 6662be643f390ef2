package org.parkgate.access;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The visitor fee for short, long and very long stays (goal: 30 days within 1 us). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class TariffBenchmark {

    static final long HOUR = 3_600_000L;
    final VisitorTariff tariff = LotWithAMillionPlates.TARIFF;
    long entry = LotWithAMillionPlates.NOW.toEpochMilli() + 17 * 60_000L;

    @Benchmark
    public long fee3Hours() {
        return tariff.fee(entry, entry + 3 * HOUR, true, 0);
    }

    @Benchmark
    public long fee3Days() {
        return tariff.fee(entry, entry + 72 * HOUR, true, 0);
    }

    @Benchmark
    public long fee30Days() {
        return tariff.fee(entry, entry + 720 * HOUR + 13 * 60_000L, true, 0);
    }
}
