package org.parkgate.integration.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.lane.LaneController;
import org.parkgate.perf.RunningOffice;

/**
 * A plate read at the entrance, decided, stored and answered, with {@code endpoints} webhook
 * endpoints registered for every event (0 or 3): with 3, the passage's transaction also writes
 * its event and three deliveries, and after the commit the deliveries are posted to a local
 * receiver that answers 200 at once, on the same two cores. Reads come 50 a second (a 20 ms pause
 * before each, not measured: a busy lane, not a flood). Goal: p99 within 1 ms of the read without
 * endpoints (compare the two in the same run).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class WebhookLaneReadBenchmark {

    @Param({"0", "3"})
    int endpoints;

    RunningOffice office;
    LaneController lanes;
    HttpServer receiver;
    final Random random = new Random(7);

    @Setup(Level.Trial)
    public void start() throws IOException {
        office = new RunningOffice("--parkgate.lots[0].id=P1", "--parkgate.lots[0].capacity=10000000",
                "--parkgate.lanes[0].id=in-1", "--parkgate.lanes[0].lot=P1", "--parkgate.lanes[0].direction=IN",
                "--parkgate.lanes[1].id=out-1", "--parkgate.lanes[1].lot=P1", "--parkgate.lanes[1].direction=OUT",
                "--parkgate.simulator.rise-ms=5", "--parkgate.simulator.fall-ms=5");
        lanes = office.bean(LaneController.class);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        RunningOffice.signInAs("admin", "ADMIN");
        WebhookEndpoints registry = office.bean(WebhookEndpoints.class);
        for (int i = 0; i < endpoints; i++) {
            registry.register("perf-" + i, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                    EnumSet.allOf(EventType.class), null);
        }
    }

    @Setup(Level.Invocation)
    public void nextCar() throws InterruptedException {
        Thread.sleep(20);
    }

    @Benchmark
    public LaneAnswer plateReadAtTheEntrance() {
        return lanes.plateRead("in-1", "津D" + String.format("%05d", random.nextInt(100_000)), 95, null);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        receiver.stop(0);
        office.close();
    }
}
