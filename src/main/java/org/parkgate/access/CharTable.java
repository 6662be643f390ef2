package org.parkgate.access;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.BiConsumer;

/**
 * String -> value, read without locks while one writer at a time changes it (callers serialise
 * writers). Open addressing with linear probing over parallel key/value arrays: a writer stores
 * the value, then the key, with release semantics; readers load the key, then the value, with
 * acquire semantics, so a reader that sees a key sees its value. A removed key keeps its slot
 * with a null value until the next resize drops it; resizing publishes a complete new table
 * through a volatile field. Look-ups can take the key as characters, optionally folded by
 * {@link Confusables#fold}, so no String is made to ask.
 */
final class CharTable {

    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(Object[].class);
    private static final float MAX_LOAD = 0.5f;

    private volatile Slots slots;
    private int live;

    private static final class Slots {
        final Object[] keys;
        final Object[] values;
        final int mask;
        int used;

        Slots(int capacity) {
            keys = new Object[capacity];
            values = new Object[capacity];
            mask = capacity - 1;
        }
    }

    CharTable(int expected) {
        slots = new Slots(capacityFor(expected));
    }

    int size() {
        return live;
    }

    /** The value for these characters (folded first when {@code folded}), or null. */
    Object get(char[] chars, int length, boolean folded) {
        Slots s = slots;
        int i = spread(folded ? Confusables.foldedHash(chars, length) : Plates.hash(chars, length)) & s.mask;
        while (true) {
            Object key = SLOTS.getAcquire(s.keys, i);
            if (key == null) {
                return null;
            }
            if (folded ? Confusables.sameFolded((String) key, chars, length)
                    : Plates.sameText((String) key, chars, length)) {
                return SLOTS.getAcquire(s.values, i);
            }
            i = (i + 1) & s.mask;
        }
    }

    Object get(String key) {
        Slots s = slots;
        int i = spread(key.hashCode()) & s.mask;
        while (true) {
            Object k = SLOTS.getAcquire(s.keys, i);
            if (k == null) {
                return null;
            }
            if (key.equals(k)) {
                return SLOTS.getAcquire(s.values, i);
            }
            i = (i + 1) & s.mask;
        }
    }

    /** Writers only. A null value removes. */
    void put(String key, Object value) {
        Slots s = slots;
        int slot = find(s, key);
        if (slot >= 0) {
            Object before = s.values[slot];
            if (before == null && value != null) {
                live++;
            } else if (before != null && value == null) {
                live--;
            }
            SLOTS.setRelease(s.values, slot, value);
            return;
        }
        if (value == null) {
            return;
        }
        if (s.used + 1 > s.keys.length * MAX_LOAD) {
            s = resize();
        }
        int i = spread(key.hashCode()) & s.mask;
        while (s.keys[i] != null) {
            i = (i + 1) & s.mask;
        }
        SLOTS.setRelease(s.values, i, value);
        SLOTS.setRelease(s.keys, i, key);
        s.used++;
        live++;
    }

    void forEach(BiConsumer<String, Object> visitor) {
        Slots s = slots;
        for (int i = 0; i < s.keys.length; i++) {
            Object value = SLOTS.getAcquire(s.values, i);
            if (value != null) {
                visitor.accept((String) s.keys[i], value);
            }
        }
    }

    private Slots resize() {
        Slots old = slots;
        var fresh = new Slots(capacityFor(Math.max(16, (live + 1) * 2)));
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
        slots = fresh; // volatile publish: readers switch to the complete new table
        return fresh;
    }

    private static int find(Slots s, String key) {
        int i = spread(key.hashCode()) & s.mask;
        while (true) {
            Object k = s.keys[i];
            if (k == null) {
                return -1;
            }
            if (key.equals(k)) {
                return i;
            }
            i = (i + 1) & s.mask;
        }
    }

    private static int capacityFor(int expected) {
        int needed = (int) Math.min(1 << 30, (long) (expected / MAX_LOAD) + 1);
        return Math.max(16, Integer.highestOneBit(Math.max(1, needed - 1)) << 1);
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
