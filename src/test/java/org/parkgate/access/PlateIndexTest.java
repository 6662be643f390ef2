package org.parkgate.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PlateIndexTest {

    static PlateState state(String plate, long accountId) {
        return PlateState.registered(plate, new AccountState(accountId, null, null, Arrears.NONE, false));
    }

    @Test
    void findsByStringAndByCharacters() {
        var index = new PlateIndex();
        index.put(state("京A12345", 1));
        char[] chars = "京A12345xyz".toCharArray();
        assertThat(index.get(chars, 7).account().accountId()).isEqualTo(1);
        assertThat(index.get("京A12345").account().accountId()).isEqualTo(1);
        assertThat(index.get("京A12346")).isNull();
        assertThat(index.get(chars, 6)).isNull();
    }

    @Test
    void plateTooLongForANumberIsKeptByText() {
        var index = new PlateIndex();
        index.put(state("ABCDEFGHJK12", 5)); // 12 characters
        index.put(state("京A12345", 6));
        assertThat(index.get("ABCDEFGHJK12").account().accountId()).isEqualTo(5);
        assertThat(index.get("ABCDEFGHJK12".toCharArray(), 12).account().accountId()).isEqualTo(5);
        assertThat(index.size()).isEqualTo(2);
        index.remove("ABCDEFGHJK12");
        assertThat(index.get("ABCDEFGHJK12")).isNull();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void numbersForPlatesAreUniqueAcrossTheAlphabet() {
        var seen = new java.util.HashSet<Long>();
        String alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ学警挂港澳领使";
        for (int i = 0; i < alphabet.length(); i++) {
            for (int j = 0; j < alphabet.length(); j++) {
                String plate = "京" + alphabet.charAt(i) + "1234" + alphabet.charAt(j);
                assertThat(seen.add(PlateCodes.encode(plate))).as(plate).isTrue();
            }
        }
        assertThat(PlateCodes.encode("京A123")).isNotEqualTo(PlateCodes.encode("京A1230"));
        assertThat(PlateCodes.encode("京a12345")).isEqualTo(PlateCodes.NONE);
    }

    @Test
    void replacesRemovesAndGrows() {
        var index = new PlateIndex();
        for (int i = 0; i < 10_000; i++) {
            index.put(state("京A" + (10000 + i), i));
        }
        assertThat(index.size()).isEqualTo(10_000);
        index.put(state("京A10005", 99));
        assertThat(index.get("京A10005").account().accountId()).isEqualTo(99);
        for (int i = 0; i < 10_000; i += 2) {
            index.remove("京A" + (10000 + i));
        }
        assertThat(index.size()).isEqualTo(5_000);
        assertThat(index.get("京A10000")).isNull();
        assertThat(index.get("京A10001").account().accountId()).isEqualTo(1);
        index.put(state("京A10000", 7)); // back again
        assertThat(index.get("京A10000").account().accountId()).isEqualTo(7);
        for (int i = 0; i < 20_000; i++) { // churn through many removed slots
            index.put(state("粤B" + (10000 + i), i));
            index.remove("粤B" + (10000 + i));
        }
        assertThat(index.size()).isEqualTo(5_001);
        List<String> seen = new ArrayList<>();
        index.forEach(s -> seen.add(s.plate()));
        assertThat(seen).hasSize(5_001);
    }

    @Test
    void buildsOneMillionPlatesFromAStream() {
        var states = IntStream.range(0, 1_000_000).mapToObj(i -> state(plate(i), i)).iterator();
        PlateIndex index = PlateIndex.build(states, 1_000_000);
        assertThat(index.size()).isEqualTo(1_000_000);
        assertThat(index.get(plate(765_432)).account().accountId()).isEqualTo(765_432);
    }

    @Test
    void readersNeverSeeAHalfWrittenStateWhileOneThreadWrites() throws Exception {
        var index = new PlateIndex();
        for (int i = 0; i < 1000; i++) {
            index.put(state(plate(i), i));
        }
        var stop = new AtomicBoolean();
        var problem = new AtomicReference<String>();
        var started = new CountDownLatch(2);
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            readers.add(Thread.ofPlatform().start(() -> {
                started.countDown();
                int i = 0;
                while (!stop.get()) {
                    String plate = plate(i++ % 1000);
                    PlateState found = index.get(plate);
                    if (found == null || !found.plate().equals(plate)) {
                        problem.set("lost or wrong state for " + plate);
                    }
                }
            }));
        }
        started.await();
        for (int round = 0; round < 200_000; round++) {
            int i = round % 1000;
            index.put(state(plate(i), round)); // replace existing
            index.put(state("新A" + round, round)); // grow, forcing resizes
        }
        stop.set(true);
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(problem.get()).isNull();
        assertThat(index.size()).isEqualTo(201_000);
    }

    static String plate(int i) {
        return "京" + (char) ('A' + i % 20) + String.format("%05d", i % 100_000) + (i / 100_000);
    }
}
