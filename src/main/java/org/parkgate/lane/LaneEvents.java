package org.parkgate.lane;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Hands every recorded passage to whoever watches the lanes (the open monitor pages). */
@Component
public class LaneEvents {

    private final List<Consumer<Passage>> watchers = new CopyOnWriteArrayList<>();

    /** Starts telling {@code watcher}; returns what stops it. */
    public Runnable watch(Consumer<Passage> watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    @EventListener
    void on(PassageRecorded recorded) {
        watchers.forEach(watcher -> watcher.accept(recorded.passage()));
    }
}
