package org.parkgate.access;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a pass may be used, as weekly windows in local time, e.g.
 * {@code "MON-FRI 18:00-09:00; SAT-SUN 00:00-24:00"}. A window ending at or before its start runs
 * past midnight into the next day (Friday 18:00-09:00 covers Saturday morning).
 */
public final class TimeWindows {

    /** Chinese day names in Monday-first order, as offices write them (周一 ... 周日). */
    private static final String[] CHINESE_DAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    public static final TimeWindows ALWAYS = parse("MON-SUN 00:00-24:00");
    private static final int DAY = 1440;
    private static final int WEEK = 7 * DAY;

    /** Sorted minute-of-week ranges [start, end), end at most one week; no wrap. */
    private final int[] ranges;
    private final String text;

    private TimeWindows(int[] ranges, String text) {
        this.ranges = ranges;
        this.text = text;
    }

    /** Whether local minute-of-week (Monday 00:00 = 0) is inside a window. No allocation. */
    public boolean containsMinuteOfWeek(int minuteOfWeek) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (minuteOfWeek >= ranges[i] && minuteOfWeek < ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the instant is inside a window, at the given fixed UTC offset. */
    public boolean contains(long epochMillis, int offsetMinutes) {
        long localMinute = Math.floorDiv(epochMillis, 60_000L) + offsetMinutes;
        long epochDay = Math.floorDiv(localMinute, DAY);
        int dayOfWeek = (int) Math.floorMod(epochDay + 3, 7); // 1970-01-01 was a Thursday; Monday = 0
        return containsMinuteOfWeek(dayOfWeek * DAY + (int) Math.floorMod(localMinute, DAY));
    }

    /**
     * Parses {@code DAYS HH:MM-HH:MM} windows separated by {@code ;}. DAYS is a day (MON), a range
     * (MON-FRI) or a list (SAT,SUN); in Chinese too: 周一至周五 18:00-09:00；周六、周日 00:00-24:00
     * (周/星期/礼拜 with 一 ... 日 or 天; 至 for a range; 、 or ， for a list; full-width ：and ；).
     *
     * @throws IllegalArgumentException with the offending part
     */
    public static TimeWindows parse(String text) {
        List<int[]> pieces = new ArrayList<>();
        String plain = text.replace('；', ';').replace('：', ':').replace('，', ',').replace('、', ',')
                .replace("至", "-").replace('　', ' ');
        for (String part : plain.split(";")) {
            String window = part.strip();
            if (window.isEmpty()) {
                continue;
            }
            String[] daysAndTimes = window.split("\\s+");
            if (daysAndTimes.length != 2) {
                throw new IllegalArgumentException("expected 'DAYS HH:MM-HH:MM' in '" + window + "'");
            }
            String[] times = daysAndTimes[1].split("-");
            if (times.length != 2) {
                throw new IllegalArgumentException("expected a time range in '" + window + "'");
            }
            int from = minuteOfDay(times[0], window);
            int to = minuteOfDay(times[1], window);
            for (int day : days(daysAndTimes[0], window)) {
                int start = day * DAY + from;
                int end = day * DAY + (to > from ? to : to + DAY);
                addWrapping(pieces, start, end);
            }
        }
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("no time window in '" + text + "'");
        }
        pieces.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] ranges = new int[pieces.size() * 2];
        for (int i = 0; i < pieces.size(); i++) {
            ranges[2 * i] = pieces.get(i)[0];
            ranges[2 * i + 1] = pieces.get(i)[1];
        }
        return new TimeWindows(ranges, text.strip());
    }

    private static void addWrapping(List<int[]> pieces, int start, int end) {
        if (end <= WEEK) {
            pieces.add(new int[] {start, end});
        } else {
            pieces.add(new int[] {start, WEEK});
            pieces.add(new int[] {0, end - WEEK});
        }
    }

    private static int minuteOfDay(String time, String window) {
        String[] hm = time.split(":");
        try {
            int hours = Integer.parseInt(hm[0]);
            int minutes = hm.length > 1 ? Integer.parseInt(hm[1]) : 0;
            if (hm.length > 2 || hours < 0 || hours > 24 || minutes < 0 || minutes > 59 || hours == 24 && minutes > 0) {
                throw new NumberFormatException(time);
            }
            return hours * 60 + minutes;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad time '" + time + "' in '" + window + "'", e);
        }
    }

    private static List<Integer> days(String spec, String window) {
        List<Integer> days = new ArrayList<>();
        for (String item : spec.split(",")) {
            String[] range = item.split("-");
            int first = day(range[0], window);
            int last = range.length > 1 ? day(range[1], window) : first;
            for (int d = first; ; d = (d + 1) % 7) {
                days.add(d);
                if (d == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static int day(String name, String window) {
        String chinese = name.strip().replaceFirst("^(星期|礼拜)", "周").replace("周天", "周日");
        for (int i = 0; i < CHINESE_DAYS.length; i++) {
            if (CHINESE_DAYS[i].equals(chinese)) {
                return i;
            }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(name.strip().toUpperCase(Locale.ROOT)) && name.strip().length() >= 2) {
                return day.ordinal();
            }
        }
        throw new IllegalArgumentException("unknown day '" + name + "' in '" + window + "'");
    }

    /** The windows as typed, with day names written in Chinese (MON-FRI becomes 周一至周五). */
    public String inChinese() {
        String chinese = text;
        for (DayOfWeek day : DayOfWeek.values()) {
            chinese = chinese.replaceAll("(?i)\\b" + day.name().substring(0, 3) + "\\b", CHINESE_DAYS[day.ordinal()]);
        }
        return chinese.replaceAll("(周.)-(周.)", "$1至$2").replace(",", "、").replaceAll(";\\s*", "；");
    }

    @Override
    public String toString() {
        return text;
    }
}
