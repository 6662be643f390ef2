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
    private static final long[] NO_CODES = new long[0];

    private final LongTable states;
    /** Folded code -> codes of the registered or listed plates that fold to it. */
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

    /** The state of a plate by its code (see {@link PlateCodes}), or null. */
    PlateState get(long code) {
        return (PlateState) states.get(code);
    }

    /** Codes of registered or listed plates that fold like this packable read. No allocation. */
    long[] lookalikeCodes(char[] plate, int length) {
        Object codes = lookalikes.get(PlateCodes.encodeFolded(plate, length));
        return codes == null ? NO_CODES : (long[]) codes;
    }

    /** Registered or listed plates too long to pack that fold like the read. */
    String[] otherLookalikes(char[] plate, int length) {
        String[] plates = otherLookalikes.get(Confusables.fold(new String(plate, 0, length)));
        return plates == null ? NONE : plates;
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
        long code = PlateCodes.encode(plate);
        if (code != PlateCodes.NONE) {
            long folded = foldedCode(plate);
            long[] codes = (long[]) lookalikes.get(folded);
            long[] more = codes == null ? new long[1] : Arrays.copyOf(codes, codes.length + 1);
            more[more.length - 1] = code;
            lookalikes.put(folded, more); // copy on write: readers keep a consistent array
        } else {
            otherLookalikes.merge(Confusables.fold(plate), new String[] {plate}, (old, added) -> {
                String[] more = Arrays.copyOf(old, old.length + 1);
                more[old.length] = plate;
                return more;
            });
        }
    }

    private void forgetLookalike(String plate) {
        long code = PlateCodes.encode(plate);
        if (code != PlateCodes.NONE) {
            long folded = foldedCode(plate);
            long[] codes = (long[]) lookalikes.get(folded);
            if (codes != null) {
                long[] fewer = Arrays.stream(codes).filter(c -> c != code).toArray();
                lookalikes.put(folded, fewer.length == 0 ? null : fewer);
            }
        } else {
            otherLookalikes.computeIfPresent(Confusables.fold(plate), (folded, plates) -> {
                String[] fewer = Arrays.stream(plates).filter(p -> !p.equals(plate)).toArray(String[]::new);
                return fewer.length == 0 ? null : fewer;
            });
        }
    }

    private static long foldedCode(String plate) {
        return PlateCodes.encodeFolded(plate.toCharArray(), plate.length());
    }
}
