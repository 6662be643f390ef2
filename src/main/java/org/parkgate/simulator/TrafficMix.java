package org.parkgate.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Which vehicles random traffic sends, by share: pass holders who paid, owners in arrears,
 * visitors, and reads no plate matches (a dirty plate, a misread).
 */
public record TrafficMix(int paid, int overdue, int visitors, int unknown) {

    static final List<String> PAID = List.of("京A10001", "京A10002", "京A10006");
    static final List<String> OVERDUE = List.of("京A10003", "京A10004", "京A10005");
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    public TrafficMix {
        if (paid < 0 || overdue < 0 || visitors < 0 || unknown < 0 || paid + overdue + visitors + unknown == 0) {
            throw new IllegalArgumentException("shares must not be negative and not all zero");
        }
    }

    /** A plate read for the next vehicle. */
    String next(Random random) {
        int pick = random.nextInt(paid + overdue + visitors + unknown);
        if (pick < paid) {
            return PAID.get(random.nextInt(PAID.size()));
        }
        pick -= paid;
        if (pick < overdue) {
            return OVERDUE.get(random.nextInt(OVERDUE.size()));
        }
        pick -= overdue;
        if (pick < visitors) {
            return "津" + LETTERS.charAt(random.nextInt(LETTERS.length())) + String.format("%05d", random.nextInt(100_000));
        }
        return List.of("???", "京A", "A1B2C3D4E").get(random.nextInt(3));
    }

    static List<String> knownPlates() {
        List<String> plates = new ArrayList<>(PAID);
        plates.addAll(OVERDUE);
        return plates;
    }
}
