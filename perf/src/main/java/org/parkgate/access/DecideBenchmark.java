package org.parkgate.access;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * decide() on a 1,000,000-plate index against the same reads looked up in a plain HashMap
 * (the baseline the goal is measured against: decide within 3x, 0 B/op).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class DecideBenchmark {

    LotWithAMillionPlates lot;

    @Setup
    public void setUp() {
        lot = new LotWithAMillionPlates();
    }

    /** Per thread: where the next read comes from and the reusable answer. */
    @State(Scope.Thread)
    public static class Reader {
        int next;
        final Decision decision = new Decision();

        String nextRead(LotWithAMillionPlates lot) {
            next = (next + 1) & (LotWithAMillionPlates.READS - 1);
            return lot.reads[next];
        }

        String nextRegistered(LotWithAMillionPlates lot) {
            next = (next + 1) & (LotWithAMillionPlates.READS - 1);
            return lot.registered[next];
        }
    }

    @Benchmark
    public Reason decideEntry(Reader reader) {
        return lot.core.decide(lot.in, reader.nextRead(lot), 95, reader.decision).reason();
    }

    @Benchmark
    public Reason decideExit(Reader reader) {
        return lot.core.decide(lot.out, reader.nextRead(lot), 95, reader.decision).reason();
    }

    @Benchmark
    public Reason decideEntryRegisteredOnly(Reader reader) {
        return lot.core.decide(lot.in, reader.nextRegistered(lot), 95, reader.decision).reason();
    }

    @Benchmark
    public PlateState lookupRegisteredOnly(Reader reader) {
        Decision decision = reader.decision;
        int length = Plates.normalize(reader.nextRegistered(lot), decision.scratch);
        return lot.index.get(decision.scratch, length);
    }

    @Benchmark
    public int normalizeOnly(Reader reader) {
        return Plates.normalize(reader.nextRegistered(lot), reader.decision.scratch);
    }

    @Benchmark
    public long encodeOnly(Reader reader) {
        String read = reader.nextRegistered(lot);
        read.getChars(0, read.length(), reader.decision.scratch, 0);
        return PlateCodes.encode(reader.decision.scratch, read.length());
    }

    /** The index table alone, with the plate already packed: what the table itself costs. */
    @Benchmark
    public PlateState indexGetByCodeRegisteredOnly(Reader reader) {
        reader.next = (reader.next + 1) & (LotWithAMillionPlates.READS - 1);
        return lot.index.get(lot.registeredCodes[reader.next]);
    }

    /**
     * The baseline look-up, but each read chosen by the previous answer, as at a real lane where
     * one decision does not overlap the next: the CPU cannot start the next look-up's memory
     * accesses early. Shows what a cache-missing look-up really costs on this machine.
     */
    @Benchmark
    public Object baselineHashMapGetRegisteredOnlyDependent(Reader reader) {
        Object answer = lot.baseline.get(lot.registered[reader.next]);
        reader.next = (reader.next + 1 + (answer == null ? 0 : ((Integer) answer & 1))) & (LotWithAMillionPlates.READS - 1);
        return answer;
    }

    @Benchmark
    public Object baselineHashMapGetRegisteredOnly(Reader reader) {
        return lot.baseline.get(reader.nextRegistered(lot));
    }

    @Benchmark
    public Object baselineHashMapGet(Reader reader) {
        return lot.baseline.get(reader.nextRead(lot));
    }

    /** Normalising a read and finding its plate, exact or one confusable character away. */
    @Benchmark
    public PlateState normalizeAndConfusableLookup(Reader reader) {
        Decision decision = reader.decision;
        int length = Plates.normalize(reader.nextRead(lot), decision.scratch);
        return lot.core.lookup(decision.scratch, length, true, decision);
    }
}
