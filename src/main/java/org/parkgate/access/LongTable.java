package org.parkgate.access;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * {@code long} (never 0) -> value, read without locks while one writer at a time changes it
 * (callers serialise writers). Open addressing with linear probing over a {@code long[]} of keys
 * and an {@code Object[]} of values: a probe compares numbers, not Strings behind pointers. The
 * writer stores the value, then the key, with release semantics; readers load the key, then the
 * value, with acquire semantics. A removed key keeps its slot with a null value until the next
 * resize drops it; a resize publishes a complete new table through a volatile field.
 */
final class LongTable {

    private static final VarHandle KEYS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle VALUES = MethodHandles.arrayElementVarHandle(Object[].class);
    private static final float MAX_LOAD = 0.5f;

    private volatile Slots slots;
    private volatile int live; // written under the callers' writer lock, read by anyone

    private static final class Slots {
        final long[] keys;
        final Object[] values;
        final int mask;
        int used;

        Slots(int capacity) {
            keys = new long[capacity];
            values = new Object[capacity];
            mask = capacity - 1;
        }
    }

    LongTable(int expected) {
        slots = new Slots(capacityFor(expected));
    }

    int size() {
        return live;
    }

    Object get(long key) {
        Slots s = slots;
        int i = spread(key) & s.mask;
        while (true) {
            long k = (long) KEYS.getAcquire(s.keys, i);
            if (k == key) {
                return VALUES.getAcquire(s.values, i);
            }
            if (k == 0) {
                return null;
            }
            i = (i + 1) & s.mask;
        }
    }

    /** Writers only. A null value removes. */
    void put(long key, Object value) {
        Slots s = slots;
        int i = spread(key) & s.mask;
        while (true) {
            long k = s.keys[i];
            if (k == key) {
                Object before = s.values[i];
                live += (before == null ? 1 : 0) - (value == null ? 1 : 0);
                VALUES.setRelease(s.values, i, value);
                return;
            }
            if (k == 0) {
                break;
            }
            i = (i + 1) & s.mask;
        }
        if (value == null) {
            return;
        }
        if (s.used + 1 > s.keys.length * MAX_LOAD) {
            s = resize();
            i = spread(key) & s.mask;
            while (s.keys[i] != 0) {
                i = (i + 1) & s.mask;
            }
        }
        VALUES.setRelease(s.values, i, value);
        KEYS.setRelease(s.keys, i, key);
        s.used++;
        live++;
    }

    void forEachValue(java.util.function.Consumer<Object> visitor) {
        Slots s = slots;
        for (int i = 0; i < s.keys.length; i++) {
            Object value = VALUES.getAcquire(s.values, i);
            if (value != null) {
                visitor.accept(value);
            }
        }
    }

    private Slots resize() {
        Slots old = slots;
        var fresh = new Slots(capacityFor(Math.max(16, (live + 1) * 2)));
        for (int i = 0; i < old.keys.length; i++) {
            Object value = old.values[i];
            if (value != null) {
                int j = spread(old.keys[i]) & fresh.mask;
                while (fresh.keys[j] != 0) {
                    j = (j + 1) & fresh.mask;
                }
                fresh.keys[j] = old.keys[i];
                fresh.values[j] = value;
                fresh.used++;
            }
        }
        slots = fresh;
        return fresh;
    }

    private static int capacityFor(int expected) {
        int needed = (int) Math.min(1 << 30, (long) (expected / MAX_LOAD) + 1);
        return Math.max(16, Integer.highestOneBit(Math.max(1, needed - 1)) << 1);
    }

    /** Murmur3's 64-bit finaliser: neighbouring plates land far apart. */
    private static int spread(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
