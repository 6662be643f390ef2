package org.parkgate.occupancy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parkgate.lane.DemoTraffic;

/**
 * The space forecast for a 300-space lot with a year of stays ({@link DemoTraffic}: 225 residents'
 * cars and 60 visitors a weekday: 78,309 stays): the hourly counts of the whole year from
 * the stays, the usual count per hour of the week, and the next 12 hours. (The service reads only
 * the last 8 weeks; this is the year, to bound it from above.) Goal: under 1 s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class SpaceForecastBenchmark {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int CAPACITY = 300;

    List<StayInterval> stays;
    long start;
    int hours;
    long now;

    @Setup(Level.Trial)
    public void makeAYear() {
        LocalDate first = LocalDate.of(2025, 12, 1);
        List<String> residents = IntStream.range(0, CAPACITY * 3 / 4).mapToObj(i -> String.format("京A%05d", i)).toList();
        stays = DemoTraffic.of(residents, CAPACITY / 5, first, 365, ZONE, 2026).stream()
                .map(stay -> new StayInterval(stay.in().toEpochMilli(), stay.out().toEpochMilli())).toList();
        start = first.atStartOfDay(ZONE).toInstant().toEpochMilli();
        hours = 365 * 24;
        now = Instant.ofEpochMilli(start).plusSeconds(hours * 3600L).toEpochMilli();
        System.out.println("SpaceForecastBenchmark: " + stays.size() + " stays in the year");
    }

    @Benchmark
    public int[] forecastFromAYearOfStays() {
        int[] series = OccupancySeries.hourly(stays, start, hours);
        return new SpaceForecast(series, start, ZONE).inside(now, series[hours - 1], CAPACITY, 12);
    }
}
