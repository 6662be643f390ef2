package org.parkgate.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.parkgate.base.Table;
import org.parkgate.base.TableFiles;

/**
 * Importing a 10,000-row .xlsx (10,000 owners, one vehicle each) as the owners page does: read and
 * check every row, then write them in one transaction and reload the gate index. Each iteration
 * imports new plates into the same, growing database. Goal: under 30 s.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ImportBenchmark {

    static final int ROWS = 10_000;
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    RunningOffice office;
    OwnerImport imports;
    byte[] file;
    int iteration;

    @Setup(Level.Trial)
    public void start() throws IOException {
        office = new RunningOffice();
        imports = office.bean(OwnerImport.class);
    }

    @Setup(Level.Iteration)
    public void nextFile() throws IOException {
        char letter = LETTERS.charAt(iteration++ % LETTERS.length());
        List<List<Object>> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(Arrays.asList("业主" + letter + i, "139" + String.format("%08d", i), (i / 100) + "-" + (i % 100),
                    "湘" + letter + String.format("%05d", i), "轿车", "白"));
        }
        var out = new ByteArrayOutputStream();
        TableFiles.write(new Table(List.of("姓名", "电话", "房号", "车牌", "车型", "颜色"), rows), TableFiles.Format.XLSX,
                out);
        file = out.toByteArray();
        RunningOffice.signInAsCashier();
    }

    @Benchmark
    public ImportResult import10000Rows() {
        ImportPreview preview = imports.read("owners.xlsx", file);
        if (preview.invalidRows() > 0) {
            throw new IllegalStateException(preview.rows().stream().filter(r -> !r.valid()).findFirst().toString());
        }
        return imports.write(preview, false, done -> { });
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        office.close();
    }
}
