package org.parkgate.lane;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.access.AccountState;
import org.parkgate.access.Arrears;
import org.parkgate.access.PlateIndex;
import org.parkgate.access.PlateState;
import org.parkgate.registry.VehicleDirectory;
import org.parkgate.registry.VehicleRegistered;
import org.parkgate.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The gate's in-memory {@link PlateIndex}, kept in step with the database: rebuilt from it when
 * ParkGate is ready (after start-up data), and updated by every committed change that affects a
 * decision, synchronously right after the commit. So far: vehicles of the registry (each owner is
 * an account, without pass or arrears until billing arrives).
 */
@Service
public class AccessIndex {

    static final int CHECK_LIST_LIMIT = 50;
    private static final Logger log = LoggerFactory.getLogger(AccessIndex.class);

    private final VehicleDirectory vehicles;
    private final PlateIndex index = new PlateIndex();

    AccessIndex(VehicleDirectory vehicles) {
        this.vehicles = vehicles;
    }

    public PlateIndex index() {
        return index;
    }

    /**
     * Loads every registered plate from the database and forgets registrations it no longer has;
     * what the lanes recorded (presence) stays.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuild() {
        long started = System.nanoTime();
        java.util.Set<String> registered = new java.util.HashSet<>();
        vehicles.forEach(vehicle -> {
            register(vehicle.plate(), vehicle.ownerId());
            registered.add(vehicle.plate());
        });
        index.forEach(state -> {
            if (state.account() != null && !registered.contains(state.plate())) {
                index.update(state.plate(), current -> current.with((AccountState) null));
            }
        });
        log.info("Access index: {} registered plates loaded in {} ms", registered.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** An admin's "rebuild now" after a check found differences. */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    public IndexCheck rebuildAndCheck() {
        rebuild();
        return check();
    }

    @TransactionalEventListener
    void on(VehicleRegistered registered) {
        register(registered.plate(), registered.ownerId());
    }

    private void register(String plate, long ownerId) {
        AccountState account = new AccountState(ownerId, null, null, Arrears.NONE, false);
        index.update(plate, state -> state == null ? PlateState.registered(plate, account) : state.with(account));
    }

    /** Compares the index with the database (admins see it on the gate index page). */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    public IndexCheck check() {
        Map<String, Long> database = new HashMap<>();
        vehicles.forEach(vehicle -> database.put(vehicle.plate(), vehicle.ownerId()));
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int[] counts = {0, 0, 0, 0}; // index plates, missing, extra, wrong
        List<String> extra = new ArrayList<>();
        for (Map.Entry<String, Long> entry : database.entrySet()) {
            PlateState state = index.get(entry.getKey());
            if (state == null || state.account() == null) {
                counts[1]++;
                addLimited(missing, entry.getKey());
            } else if (state.account().accountId() != entry.getValue()) {
                counts[3]++;
                addLimited(wrong, entry.getKey());
            }
        }
        index.forEach(state -> {
            if (state.account() != null) {
                counts[0]++;
                if (!database.containsKey(state.plate())) {
                    counts[2]++;
                    addLimited(extra, state.plate());
                }
            }
        });
        return new IndexCheck(database.size(), counts[0], counts[1], sorted(missing), counts[2], sorted(extra),
                counts[3], sorted(wrong));
    }

    private static void addLimited(List<String> list, String plate) {
        if (list.size() < CHECK_LIST_LIMIT) {
            list.add(plate);
        }
    }

    private static List<String> sorted(List<String> plates) {
        return plates.stream().sorted().toList();
    }
}
