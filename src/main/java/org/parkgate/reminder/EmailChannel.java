package org.parkgate.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through the SMTP server of {@code spring.mail.*}; off while no host is set. Each message
 * carries a Message-ID made from its outbox id, so a retry after a lost answer is recognisable.
 */
@Component
class EmailChannel implements ReminderChannel {

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    EmailChannel(ObjectProvider<JavaMailSender> mail, @Value("${parkgate.reminders.mail.from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean configured() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public Handed deliver(OutgoingMessage message) throws DeliveryFailure {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new DeliveryFailure("reminders.answer.no-mail-server");
        }
        String messageId = "<reminder-" + message.id() + "@" + domain() + ">";
        try {
            MimeMessage mime = new MimeMessage(sender.createMimeMessage().getSession()) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            var helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.body());
            sender.send(mime);
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailure(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
        return Handed.answer("reminders.answer.mail-accepted|" + messageId);
    }

    private String domain() {
        int at = from.lastIndexOf('@');
        return at < 0 ? "parkgate" : from.substring(at + 1).replace(">", "");
    }
}
