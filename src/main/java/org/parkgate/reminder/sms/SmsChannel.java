package org.parkgate.reminder.sms;

import java.time.Clock;
import org.parkgate.reminder.Channel;
import org.parkgate.reminder.ReminderChannel;

/** What every SMS channel has: the SMS settings, the clock its requests are signed with, its HTTP client. */
abstract class SmsChannel implements ReminderChannel {

    final SmsSettings settings;
    final Clock clock;
    final SmsHttp http;

    SmsChannel(SmsSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = new SmsHttp(settings.timeout());
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }
}
