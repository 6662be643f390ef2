package org.parkgate.reminder.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parkgate.reminder.ReminderReason;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parkgate.reminders.sms.*}: which provider sends the texts ({@code gateway}, the generic
 * HTTP gateway at {@code url}, empty = no SMS; {@code aliyun}; {@code tencent}), the provider's
 * API address ({@code endpoint}, empty = its public one; for a proxy), the access key and secret the provider gave the office, the
 * registered signature name, the template per reason ({@code template-ids.OVERDUE=SMS_123}) with
 * a default, Tencent Cloud's SmsSdkAppId ({@code app-id}) and region, and how long a call may
 * take ({@code receipt-interval}, how often delivery receipts are asked for, is read by the
 * receipts' schedule). A provider named without its keys, signature
 * (or Tencent's app id) stops the start: texts would silently not go out.
 */
@ConfigurationProperties("parkgate.reminders.sms")
public record SmsSettings(SmsProvider provider, String url, String endpoint, String accessKey, String secret, String signName,
        String templateId, Map<ReminderReason, String> templateIds, Duration timeout, String appId, String region) {

    public SmsSettings {
        provider = provider == null ? SmsProvider.GATEWAY : provider;
        url = url == null ? "" : url.strip();
        endpoint = endpoint == null || endpoint.isBlank() ? provider.defaultEndpoint() : endpoint.strip();
        accessKey = accessKey == null ? "" : accessKey.strip();
        secret = secret == null ? "" : secret.strip();
        signName = signName == null ? "" : signName.strip();
        templateId = templateId == null ? "" : templateId.strip();
        templateIds = templateIds == null ? Map.of() : Map.copyOf(templateIds);
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        appId = appId == null ? "" : appId.strip();
        region = region == null || region.isBlank() ? provider.defaultRegion() : region.strip();
        List<String> missing = new ArrayList<>();
        if (provider != SmsProvider.GATEWAY) {
            addIfBlank(missing, "access-key", accessKey);
            addIfBlank(missing, "secret", secret);
            addIfBlank(missing, "sign-name", signName);
        }
        if (provider == SmsProvider.TENCENT) {
            addIfBlank(missing, "app-id", appId);
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("parkgate.reminders.sms.provider=" + provider.name().toLowerCase()
                    + " needs parkgate.reminders.sms." + String.join(", parkgate.reminders.sms.", missing));
        }
    }

    private static void addIfBlank(List<String> missing, String name, String value) {
        if (value.isBlank()) {
            missing.add(name);
        }
    }

    /** The template registered with the provider for the reason, else the default; empty when neither is set. */
    public String templateFor(ReminderReason reason) {
        return templateIds.getOrDefault(reason, templateId);
    }
}
