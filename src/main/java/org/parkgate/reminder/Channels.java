package org.parkgate.reminder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The {@link ReminderChannel} beans by the channel they serve. */
@Component
class Channels {

    private final Map<Channel, ReminderChannel> byChannel;

    Channels(List<ReminderChannel> channels) {
        this.byChannel = channels.stream().collect(Collectors.toMap(ReminderChannel::channel, Function.identity()));
    }

    @Nullable ReminderChannel get(Channel channel) {
        return byChannel.get(channel);
    }

    boolean configured(Channel channel) {
        ReminderChannel found = byChannel.get(channel);
        return found != null && found.configured();
    }
}
