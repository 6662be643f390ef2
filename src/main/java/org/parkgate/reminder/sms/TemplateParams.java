package org.parkgate.reminder.sms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.base.Money;
import org.parkgate.reminder.OutgoingMessage;
import org.parkgate.reminder.ReminderReason;
import org.parkgate.reminder.ReminderChannel.DeliveryFailure;

/**
 * The values a provider's approved template is filled with, those the message has, always in this
 * order: {@code amount} (yuan, "613.50"), {@code due} (ISO date), {@code code} (a sign-in code).
 * Aliyun takes them by name (${amount}), Tencent Cloud by position ({1}, {2}); the generic gateway
 * gets them by name beside the text.
 */
final class TemplateParams {

    private TemplateParams() {
    }

    static Map<String, String> of(OutgoingMessage message) {
        Map<String, String> params = new LinkedHashMap<>();
        if (message.amount() != null) {
            params.put("amount", Money.yuan(message.amount()));
        }
        if (message.due() != null) {
            params.put("due", message.due().toString());
        }
        if (message.code() != null) {
            params.put("code", message.code());
        }
        return params;
    }

    static List<String> inOrder(OutgoingMessage message) {
        return List.copyOf(of(message).values());
    }

    /** The provider's template for the message's reason; a failure the office can read when none is set. */
    static String template(SmsSettings settings, ReminderReason reason) throws DeliveryFailure {
        String template = settings.templateFor(reason);
        if (template.isBlank()) {
            throw new DeliveryFailure("reminders.answer.no-template|" + reason.name());
        }
        return template;
    }
}
