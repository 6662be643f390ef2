package org.parkgate.perf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The demo's resident set at steady state: ParkGate started as the README runs it
 * ({@code setup}, as in {@link StartupBenchmark}) on a fresh demo database, then {@code minutes}
 * of 50 plate reads a second at the entrance and the exit (owners and visitors, each visitor
 * leaving again), then its resident set ({@code rssMegabytes}) and the reads that were not answered
 * 200 ({@code errors}). The primary score is the soak's own length and means nothing.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Timeout(time = 40, timeUnit = TimeUnit.MINUTES) // JMH gives an iteration 10 minutes by default
@State(Scope.Benchmark)
public class SteadyMemoryBenchmark {

    @Param({"extracted+options+aot"})
    public String setup;

    @Param({"10"})
    public int minutes;

    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Soak {
        public long rssMegabytes;
        public long errors;

        @Setup(Level.Iteration)
        public void clear() {
            rssMegabytes = 0;
            errors = 0;
        }
    }

    @Benchmark
    public void soak(Soak soak) throws Exception {
        Path dataDir = Files.createTempDirectory("parkgate-soak-");
        try (var office = StartupBenchmark.OfficeProcess.start(StartupBenchmark.command(setup), dataDir)) {
            office.awaitOpen(Duration.ofSeconds(120));
            soak.errors = office.drive(Duration.ofMinutes(minutes));
            soak.rssMegabytes = office.rssKilobytes() / 1024;
        }
    }
}
