package org.parkgate.simulator;

import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.parkgate.gate.BarrierState;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.lane.Site;
import org.parkgate.lane.SiteLane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Random traffic on the simulated lanes: N vehicles a minute, each at a random simulated lane
 * whose loop is free, plates drawn from a {@link TrafficMix}. A refused vehicle backs away after
 * a few seconds. One run at a time, for the whole site.
 */
@Service
public class TrafficRunner implements AutoCloseable {

    static final long BACK_AWAY_MILLIS = 3000;
    private static final Logger log = LoggerFactory.getLogger(TrafficRunner.class);

    private final VirtualTraffic traffic;
    private final Site site;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulated-traffic");
        thread.setDaemon(true);
        return thread;
    });
    private final Random random = new Random();
    private ScheduledFuture<?> running;

    TrafficRunner(VirtualTraffic traffic, Site site) {
        this.traffic = traffic;
        this.site = site;
    }

    public synchronized void start(int perMinute, TrafficMix mix) {
        if (perMinute < 1 || perMinute > 600) {
            throw new IllegalArgumentException("1 to 600 vehicles a minute");
        }
        stop();
        long every = 60_000L / perMinute;
        running = timer.scheduleAtFixedRate(() -> nextVehicle(mix), 0, every, TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (running != null) {
            running.cancel(false);
            running = null;
        }
    }

    public synchronized boolean running() {
        return running != null;
    }

    private void nextVehicle(TrafficMix mix) {
        List<SiteLane> free = site.lanes().stream()
                .filter(lane -> traffic.simulated(lane.id()))
                .filter(lane -> !lane.gate().state().vehiclePresent() && lane.gate().state().barrier() == BarrierState.CLOSED)
                .toList();
        if (free.isEmpty()) {
            return;
        }
        SiteLane lane = free.get(random.nextInt(free.size()));
        try {
            LaneAnswer answer = traffic.arrive(lane.id(), mix.next(random));
            if (!answer.opens()) {
                timer.schedule(() -> traffic.leave(lane.id()), BACK_AWAY_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) { // a bad read is refused by the lane; traffic goes on
            log.debug("Simulated vehicle at {} refused: {}", lane.id(), e.toString());
            traffic.leave(lane.id());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
