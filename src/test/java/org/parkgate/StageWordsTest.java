package org.parkgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * One word per arrears stage everywhere an owner or the staff read it: the Arrears page, the lane's
 * reason, the display and the reminders say 限行 and 停用 (not 限制通行, 受限 or 暂停 as well).
 */
class StageWordsTest {

    @Test
    void eachStageHasOneChineseWordAcrossPagesDisplayAndMessages() throws IOException {
        Properties zh = load("translations_zh_CN.properties");
        String restricted = zh.getProperty("arrears.stage.RESTRICTED");
        String suspended = zh.getProperty("arrears.stage.SUSPENDED");
        assertThat(restricted).isEqualTo("限行");
        assertThat(suspended).isEqualTo("停用");
        for (String key : List.of("lanes.reason.ARREARS_RESTRICTED", "reminder.reason.STAGE_RESTRICTED",
                "reminder.template.STAGE_RESTRICTED.subject", "reminder.template.STAGE_RESTRICTED.body",
                "terms.restrict-after")) {
            assertThat(zh.getProperty(key)).as(key).contains(restricted).doesNotContain("限制通行", "受限");
        }
        for (String key : List.of("lanes.reason.SUSPENDED", "access.reason.SUSPENDED", "reminder.reason.STAGE_SUSPENDED",
                "reminder.template.STAGE_SUSPENDED.subject", "reminder.template.STAGE_SUSPENDED.body",
                "terms.suspend-after")) {
            assertThat(zh.getProperty(key)).as(key).contains(suspended).doesNotContain("暂停");
        }
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (var in = StageWordsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
