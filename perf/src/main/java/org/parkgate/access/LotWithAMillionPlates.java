package org.parkgate.access;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.parkgate.access.LotPolicy.AntiPassback;
import org.parkgate.access.LotPolicy.RestrictedEntry;
import org.parkgate.access.LotPolicy.RestrictedExit;
import org.parkgate.access.VisitorTariff.CapPeriod;
import org.parkgate.access.VisitorTariff.FreeTime;
import org.parkgate.access.VisitorTariff.Night;

/**
 * A lot whose index holds 1,000,000 registered plates (passes, some overdue or restricted, some
 * exempt), and a stream of reads with a realistic mix: 80% registered plates, 15% visitors (not
 * registered, valid plates), 5% misreads one confusable character away from a registered plate.
 */
final class LotWithAMillionPlates {

    static final int PLATES = 1_000_000;
    static final int READS = 1 << 14;
    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    static final long DAY = 86_400_000L;
    static final String LETTERS = "ABCEFGHJKLMNPRTUVWXY"; // office letters without confusables
    static final VisitorTariff TARIFF = new VisitorTariff(Currency.getInstance("CNY"), FreeTime.WAIVE_SHORT_STAYS,
            30, 120, 500, 60, 200, CapPeriod.CALENDAR_DAY, 2000, Night.FREE, 22 * 60, 7 * 60, 0, 10,
            ZoneOffset.ofHours(8));

    final Clock clock = Clock.fixed(NOW, ZoneOffset.ofHours(8));
    final PlateIndex index;
    final AccessCore core;
    final Lot lot = new Lot("P1", 5000, new LotPolicy(RestrictedEntry.DENY, RestrictedExit.REQUIRE_PAYMENT, true,
            100, AntiPassback.SOFT, 7, 90, 15, PlateFormat.chinese(), TARIFF));
    final Lane in = new Lane("in-1", lot, Lane.Direction.IN);
    final Lane out = new Lane("out-1", lot, Lane.Direction.OUT);
    final String[] reads = new String[READS];
    /** Only registered plates: separates the cost of deciding from that of misses. */
    final String[] registered = new String[READS];
    final long[] registeredCodes = new long[READS];
    final Map<String, Object> baseline = new HashMap<>();

    LotWithAMillionPlates() {
        long now = NOW.toEpochMilli();
        TimeWindows evenings = TimeWindows.parse("MON-FRI 18:00-09:00; SAT-SUN 00:00-24:00");
        index = PlateIndex.build(IntStream.range(0, PLATES).mapToObj(i -> {
            Pass pass = new Pass(i, now + (i % 40 - 5) * DAY, i % 10 == 0 ? evenings : TimeWindows.ALWAYS, 1 + i % 2,
                    new PassUsage());
            Arrears arrears = switch (i % 20) {
                case 0 -> new Arrears(ArrearsStage.OVERDUE, 6000, 5);
                case 1 -> new Arrears(ArrearsStage.RESTRICTED, 36000, 45);
                case 2 -> new Arrears(ArrearsStage.SUSPENDED, 72000, 120);
                default -> Arrears.NONE;
            };
            Exemption exemption = i % 50 == 3 ? new Exemption(Exemption.Kind.FULL, 0, now - DAY, now + DAY) : null;
            return PlateState.registered(plate(i), new AccountState(i, pass, exemption, arrears, i % 7 == 0));
        }).iterator(), PLATES);
        core = new AccessCore(index, clock);
        IntStream.range(0, PLATES).forEach(i -> baseline.put(plate(i), i));
        var random = new SplittableRandom(42);
        for (int r = 0; r < READS; r++) {
            int kind = random.nextInt(100);
            int i = random.nextInt(PLATES);
            if (kind < 80) {
                reads[r] = plate(i);
            } else if (kind < 95) {
                reads[r] = "粤" + LETTERS.charAt(random.nextInt(LETTERS.length())) + digits(random.nextInt(100_000));
            } else {
                reads[r] = misread(plate(i));
            }
        }
        for (int r = 0; r < READS; r++) {
            registered[r] = plate(random.nextInt(PLATES));
            registeredCodes[r] = PlateCodes.encode(registered[r]);
        }
        // a third of the visitors are inside, so exits charge fees
        for (int r = 0; r < READS; r += 3) {
            if (index.get(reads[r]) == null) {
                core.recordEntry(in, reads[r], true);
            }
        }
    }

    /** 京/沪 + office letter + 5 digits: 2 x 20 x 100,000 = 4,000,000 distinct plates available. */
    static String plate(int i) {
        char province = i % 2 == 0 ? '京' : '沪';
        return province + "" + LETTERS.charAt((i / 2) % LETTERS.length()) + digits(i / 40);
    }

    static String digits(int n) {
        String s = Integer.toString(n);
        return "00000".substring(s.length()) + s;
    }

    /** The camera's favourite mistakes: 0 read as D, 8 as B, 5 as S, 2 as Z, 1 as I. */
    static String misread(String plate) {
        char[] chars = plate.toCharArray();
        for (int i = chars.length - 1; i > 1; i--) {
            switch (chars[i]) {
                case '0' -> chars[i] = 'D';
                case '8' -> chars[i] = 'B';
                case '5' -> chars[i] = 'S';
                case '2' -> chars[i] = 'Z';
                default -> {
                    continue;
                }
            }
            return new String(chars);
        }
        return plate;
    }
}
