package org.parkgate.reminder;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parkgate.reminders.sms.*}: the gateway's address (empty = no SMS), the access key and
 * secret it gave the office, the registered signature name, the template id per reason
 * ({@code template-ids.OVERDUE=SMS_123}) with a default, and how long it may take to answer.
 */
@ConfigurationProperties("parkgate.reminders.sms")
record SmsGatewaySettings(String url, String accessKey, String secret, String signName, String templateId,
        Map<ReminderReason, String> templateIds, Duration timeout) {

    SmsGatewaySettings {
        url = url == null ? "" : url.strip();
        accessKey = accessKey == null ? "" : accessKey;
        secret = secret == null ? "" : secret;
        signName = signName == null ? "" : signName;
        templateId = templateId == null ? "" : templateId;
        templateIds = templateIds == null ? Map.of() : Map.copyOf(templateIds);
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    String templateFor(ReminderReason reason) {
        return templateIds.getOrDefault(reason, templateId);
    }
}
