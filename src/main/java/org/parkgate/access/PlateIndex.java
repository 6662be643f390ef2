package org.parkgate.access;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Plate -> {@link PlateState}, read without locks by any number of deciding threads while one
 * writer at a time changes single plates (see {@link CharTable}). Besides the states it keeps,
 * for registered and listed plates, folded text -> plates ({@link Confusables}), so a misread is
 * matched with one more look-up instead of one per possible substitution.
 */
public final class PlateIndex {

    private static final String[] NONE = new String[0];

    private final CharTable states;
    private final CharTable lookalikes;

    public PlateIndex() {
        this(16);
    }

    private PlateIndex(int expected) {
        states = new CharTable(expected);
        lookalikes = new CharTable(expected);
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
        return states.size();
    }

    /** The state of a plate, or null. Lock-free, allocation-free. */
    public PlateState get(char[] plate, int length) {
        return (PlateState) states.get(plate, length, false);
    }

    public PlateState get(String plate) {
        return (PlateState) states.get(plate);
    }

    /** Registered or listed plates that fold like the read (one of them may be one character off). */
    String[] lookalikes(char[] plate, int length) {
        Object plates = lookalikes.get(plate, length, true);
        return plates == null ? NONE : (String[]) plates;
    }

    /** Adds or replaces the state of {@code state.plate()}. */
    public synchronized void put(PlateState state) {
        putLocked(state);
    }

    public synchronized void remove(String plate) {
        PlateState before = get(plate);
        if (before != null) {
            states.put(plate, null);
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
        states.forEach((plate, state) -> visitor.accept((PlateState) state));
    }

    private void putLocked(PlateState state) {
        String plate = state.plate();
        PlateState before = get(plate);
        states.put(plate, state);
        boolean wasKnown = before != null && before.known();
        if (state.known() && !wasKnown) {
            rememberLookalike(plate);
        } else if (!state.known() && wasKnown) {
            forgetLookalike(plate);
        }
    }

    private void rememberLookalike(String plate) {
        String folded = Confusables.fold(plate);
        String[] plates = (String[]) lookalikes.get(folded);
        if (plates == null) {
            lookalikes.put(folded, new String[] {plate});
        } else {
            String[] more = Arrays.copyOf(plates, plates.length + 1);
            more[plates.length] = plate;
            lookalikes.put(folded, more); // copy on write: readers keep a consistent array
        }
    }

    private void forgetLookalike(String plate) {
        String folded = Confusables.fold(plate);
        String[] plates = (String[]) lookalikes.get(folded);
        if (plates == null) {
            return;
        }
        String[] fewer = Arrays.stream(plates).filter(p -> !p.equals(plate)).toArray(String[]::new);
        lookalikes.put(folded, fewer.length == 0 ? null : fewer);
    }
}
