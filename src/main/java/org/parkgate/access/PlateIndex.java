package org.parkgate.access;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Plate -> {@link PlateState}, read without locks by any number of deciding threads while one
 * writer at a time changes single plates. Plates of up to 9 characters (every Chinese plate) are
 * keyed by their {@link PlateCodes} number in a {@link LongTable}, so a look-up compares numbers
 * and allocates nothing; longer or stranger plates (other countries' formats) live in a
 * {@link ConcurrentHashMap} by text, and looking them up makes a String.
 *
 * <p>Besides the states it keeps, for registered and listed plates, folded text -> plates
 * ({@link Confusables}), so a misread is matched with one more look-up instead of one per
 * possible substitution.
 */
public final class PlateIndex {

    private static final String[] NONE = new String[0];

    private final LongTable states;
    private final LongTable lookalikes;
    private final Map<String, PlateState> otherStates = new ConcurrentHashMap<>();
    private final Map<String, String[]> otherLookalikes = new ConcurrentHashMap<>();

    public PlateIndex() {
        this(16);
    }

    private PlateIndex(int expected) {
        states = new LongTable(expected);
        lookalikes = new LongTable(expected);
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
        return states.size() + otherStates.size();
    }

    /** The state of a normalised plate, or null. Lock-free; allocation-free for packed plates. */
    public PlateState get(char[] plate, int length) {
        long code = PlateCodes.encode(plate, length);
        return code != PlateCodes.NONE ? (PlateState) states.get(code)
                : otherStates.get(new String(plate, 0, length));
    }

    public PlateState get(String plate) {
        long code = PlateCodes.encode(plate);
        return code != PlateCodes.NONE ? (PlateState) states.get(code) : otherStates.get(plate);
    }

    /** Registered or listed plates that fold like the read (one of them may be one character off). */
    String[] lookalikes(char[] plate, int length) {
        long folded = PlateCodes.encodeFolded(plate, length);
        Object plates = folded != PlateCodes.NONE ? lookalikes.get(folded)
                : otherLookalikes.get(Confusables.fold(new String(plate, 0, length)));
        return plates == null ? NONE : (String[]) plates;
    }

    /** Adds or replaces the state of {@code state.plate()}. */
    public synchronized void put(PlateState state) {
        putLocked(state);
    }

    public synchronized void remove(String plate) {
        PlateState before = get(plate);
        if (before != null) {
            store(plate, null);
            if (before.known()) {
                forgetLookalike(plate);
            }
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

    /** Visits every state (e.g. for a consistency check). */
    public void forEach(Consumer<PlateState> visitor) {
        states.forEachValue(state -> visitor.accept((PlateState) state));
        otherStates.values().forEach(visitor);
    }

    private void putLocked(PlateState state) {
        String plate = state.plate();
        PlateState before = get(plate);
        store(plate, state);
        boolean wasKnown = before != null && before.known();
        if (state.known() && !wasKnown) {
            rememberLookalike(plate);
        } else if (!state.known() && wasKnown) {
            forgetLookalike(plate);
        }
    }

    private void store(String plate, PlateState state) {
        long code = PlateCodes.encode(plate);
        if (code != PlateCodes.NONE) {
            states.put(code, state);
        } else if (state == null) {
            otherStates.remove(plate);
        } else {
            otherStates.put(plate, state);
        }
    }

    private void rememberLookalike(String plate) {
        String[] plates = lookalikesOf(plate);
        if (plates == null) {
            storeLookalikes(plate, new String[] {plate});
        } else {
            String[] more = Arrays.copyOf(plates, plates.length + 1);
            more[plates.length] = plate;
            storeLookalikes(plate, more); // copy on write: readers keep a consistent array
        }
    }

    private void forgetLookalike(String plate) {
        String[] plates = lookalikesOf(plate);
        if (plates != null) {
            String[] fewer = Arrays.stream(plates).filter(p -> !p.equals(plate)).toArray(String[]::new);
            storeLookalikes(plate, fewer.length == 0 ? null : fewer);
        }
    }

    private String[] lookalikesOf(String plate) {
        char[] chars = plate.toCharArray();
        long folded = PlateCodes.encodeFolded(chars, chars.length);
        return folded != PlateCodes.NONE ? (String[]) lookalikes.get(folded)
                : otherLookalikes.get(Confusables.fold(plate));
    }

    private void storeLookalikes(String plate, String[] plates) {
        char[] chars = plate.toCharArray();
        long folded = PlateCodes.encodeFolded(chars, chars.length);
        if (folded != PlateCodes.NONE) {
            lookalikes.put(folded, plates);
        } else if (plates == null) {
            otherLookalikes.remove(Confusables.fold(plate));
        } else {
            otherLookalikes.put(Confusables.fold(plate), plates);
        }
    }
}
