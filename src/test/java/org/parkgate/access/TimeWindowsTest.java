package org.parkgate.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Pass time windows typed as Chinese offices write them mean the same as the English codes. */
class TimeWindowsTest {

    static final int DAY = 1440;

    @Test
    void chineseDayNamesRangesAndListsMeanWhatTheCodesMean() {
        TimeWindows english = TimeWindows.parse("MON-FRI 18:00-09:00; SAT,SUN 00:00-24:00");
        TimeWindows chinese = TimeWindows.parse("周一至周五 18:00-09:00；周六、周日 00:00-24:00");
        TimeWindows spelled = TimeWindows.parse("星期一至星期五 18：00-09：00；礼拜六，周天 00:00-24:00");
        for (int minute = 0; minute < 7 * DAY; minute += 30) {
            assertThat(chinese.containsMinuteOfWeek(minute)).as("minute " + minute)
                    .isEqualTo(english.containsMinuteOfWeek(minute));
            assertThat(spelled.containsMinuteOfWeek(minute)).as("minute " + minute)
                    .isEqualTo(english.containsMinuteOfWeek(minute));
        }
        assertThat(chinese.containsMinuteOfWeek(2 * DAY + 12 * 60)).as("Wednesday noon").isFalse();
        assertThat(chinese.containsMinuteOfWeek(4 * DAY + 20 * 60)).as("Friday evening").isTrue();
        assertThatThrownBy(() -> TimeWindows.parse("周八 08:00-09:00")).hasMessageContaining("周八");
    }

    @Test
    void theCodesAreShownInChinese() {
        assertThat(TimeWindows.parse("MON-FRI 18:00-09:00; SAT,SUN 00:00-24:00").inChinese())
                .isEqualTo("周一至周五 18:00-09:00；周六、周日 00:00-24:00");
    }
}
