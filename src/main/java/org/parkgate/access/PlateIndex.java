package org.parkgate.access;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Plate -> {@link PlateState}, read without locks by any number of deciding threads while one
 * writer at a time changes single plates.
 *
 * <p>Open addressing with linear probing over parallel key/value arrays. A writer publishes a new
 * slot by storing the value, then the key, with release semantics; readers load the key, then the
 * value, with acquire semantics, so a reader that sees a key sees its state. A removed plate keeps
 * its key with a null state (readers treat it as absent) until the next resize drops it. Resizing
 * builds a new table and publishes it through a volatile field; readers finish on whichever table
 * they started with. Look-ups take the plate as characters, so no String is made to ask.
 */
public final class PlateIndex {

    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(Object[].class);
    private static final float MAX_LOAD = 0.5f;

    private volatile Table table;
    private int live;

    private static final class Table {
        final Object[] keys;
        final Object[] values;
        final int mask;
        int used;

        Table(int capacity) {
            keys = new Object[capacity];
            values = new Object[capacity];
            mask = capacity - 1;
        }
    }

    public PlateIndex() {
        this(16);
    }

    private PlateIndex(int expected) {
        table = new Table(capacityFor(expected));
    }

    /** Builds an index from a stream of states, e.g. the database at start-up. */
    public static PlateIndex build(Iterator<PlateState> states, int expectedSize) {
        var index = new PlateIndex(expectedSize);
        synchronized (index) {
            while (states.hasNext()) {
                index.putLocked(states.next());
            }
        }
        return index;
    }

    public int size() {
        return live;
    }

    /** The state of a plate, or null. Lock-free, allocation-free. */
    public PlateState get(char[] plate, int length) {
        Table t = table;
        int i = spread(Plates.hash(plate, length)) & t.mask;
        while (true) {
            Object key = SLOTS.getAcquire(t.keys, i);
            if (key == null) {
                return null;
            }
            if (Plates.sameText((String) key, plate, length)) {
                return (PlateState) SLOTS.getAcquire(t.values, i);
            }
            i = (i + 1) & t.mask;
        }
    }

    public PlateState get(String plate) {
        Table t = table;
        int i = spread(plate.hashCode()) & t.mask;
        while (true) {
            Object key = SLOTS.getAcquire(t.keys, i);
            if (key == null) {
                return null;
            }
            if (plate.equals(key)) {
                return (PlateState) SLOTS.getAcquire(t.values, i);
            }
            i = (i + 1) & t.mask;
        }
    }

    /** Adds or replaces the state of {@code state.plate()}. */
    public synchronized void put(PlateState state) {
        putLocked(state);
    }

    public synchronized void remove(String plate) {
        Table t = table;
        int slot = find(t, plate);
        if (slot >= 0 && SLOTS.getAcquire(t.values, slot) != null) {
            SLOTS.setRelease(t.values, slot, null);
            live--;
        }
    }

    /**
     * Replaces a plate's state by a function of the current one (null when absent); a null result
     * removes it. Serialised with other writers, so read-modify-write is safe.
     */
    public synchronized PlateState update(String plate, UnaryOperator<PlateState> change) {
        PlateState next = change.apply(get(plate));
        if (next == null) {
            remove(plate);
        } else {
            putLocked(next);
        }
        return next;
    }

    /** Visits every state (e.g. for a consistency check); sees a consistent-enough snapshot. */
    public void forEach(Consumer<PlateState> visitor) {
        Table t = table;
        for (int i = 0; i < t.keys.length; i++) {
            Object value = SLOTS.getAcquire(t.values, i);
            if (value != null) {
                visitor.accept((PlateState) value);
            }
        }
    }

    private void putLocked(PlateState state) {
        Table t = table;
        String plate = state.plate();
        int slot = find(t, plate);
        if (slot >= 0) {
            if (SLOTS.getAcquire(t.values, slot) == null) {
                live++;
            }
            SLOTS.setRelease(t.values, slot, state);
            return;
        }
        if (t.used + 1 > t.keys.length * MAX_LOAD) {
            t = resize(Math.max(live + 1, 16));
        }
        int i = spread(plate.hashCode()) & t.mask;
        while (t.keys[i] != null) {
            i = (i + 1) & t.mask;
        }
        SLOTS.setRelease(t.values, i, state);
        SLOTS.setRelease(t.keys, i, plate);
        t.used++;
        live++;
    }

    private Table resize(int liveCount) {
        Table old = table;
        var fresh = new Table(capacityFor(liveCount * 2));
        for (int i = 0; i < old.keys.length; i++) {
            Object value = old.values[i];
            if (value != null) {
                int j = spread(old.keys[i].hashCode()) & fresh.mask;
                while (fresh.keys[j] != null) {
                    j = (j + 1) & fresh.mask;
                }
                fresh.keys[j] = old.keys[i];
                fresh.values[j] = value;
                fresh.used++;
            }
        }
        table = fresh; // volatile publish: readers switch to the complete new table
        return fresh;
    }

    private static int find(Table t, String plate) {
        int i = spread(plate.hashCode()) & t.mask;
        while (true) {
            Object key = t.keys[i];
            if (key == null) {
                return -1;
            }
            if (plate.equals(key)) {
                return i;
            }
            i = (i + 1) & t.mask;
        }
    }

    private static int capacityFor(int expected) {
        int needed = (int) Math.min(1 << 30, (long) (expected / MAX_LOAD) + 1);
        return Math.max(16, Integer.highestOneBit(needed - 1) << 1);
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
