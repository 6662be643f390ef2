package org.parkgate.owner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.owner.Conversation;
import org.parkgate.owner.OwnerMessages;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.OwnerPrincipal;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An owner writes to the office from the portal (with a photo), the office answers from its
 * Inbox, each side sees when the other has read, the owner is told of the answer by the channel
 * they chose; bad input is refused and nothing is half-saved.
 */
class OwnerMessagesTest extends KaribuTest {

    /** The smallest PNG there is: one transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @Autowired
    RegistryService registry;

    @Autowired
    OwnerMessages messages;

    @Autowired
    JdbcClient jdbc;

    private OwnerPrincipal owner(String phone) {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("留言业主", phone, "M-" + phone.substring(7)));
        SecurityContextHolder.clearContext();
        var principal = new OwnerPrincipal(phone, List.of(owner), null);
        loginOwner(principal);
        return principal;
    }

    private PortalMessagesView write(String subject, String text) {
        UI.getCurrent().navigate("owner/messages");
        var view = _get(PortalMessagesView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("portal-message-subject")), subject);
        _setValue(_get(TextArea.class, spec -> spec.withId("portal-message-text")), text);
        return view;
    }

    private String refusal() {
        return _get(Paragraph.class, spec -> spec.withId("portal-message-error")).getText();
    }

    @Test
    void anOwnersMessageIsAnsweredInTheInboxAndTheOwnerIsToldAndSeesItRead() {
        OwnerPrincipal owner = owner("13900220001");
        var view = write("地库漏水", "B2 层 105 车位上方漏水，请派人查看。");
        view.photo.take(PNG);
        _click(_get(Button.class, spec -> spec.withId("portal-message-send")));
        Conversation conversation = messages.own().getFirst();
        assertThat(conversation.status()).isEqualTo(Conversation.Status.WAITING);

        SecurityContextHolder.clearContext();
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("inbox");
        List<Conversation> rows = GridKt._findAll(inbox());
        assertThat(rows).extracting(Conversation::id).contains(conversation.id());
        assertThat(rows).extracting(Conversation::status).as("waiting first")
                .isSortedAccordingTo(java.util.Comparator.comparing(s -> s != Conversation.Status.WAITING));
        UI.getCurrent().navigate("inbox/" + conversation.id());
        assertThat(_find(Image.class)).as("the photo").hasSize(1);
        _setValue(_get(ComboBox.class, spec -> spec.withId("inbox-assign")), "manager");
        _setValue(_get(TextArea.class, spec -> spec.withId("inbox-answer-text")), "已安排维修，明天上午处理。");
        _click(_get(Button.class, spec -> spec.withId("inbox-answer-send")));

        assertThat(messages.conversation(conversation.id()).status()).isEqualTo(Conversation.Status.ANSWERED);
        assertThat(messages.conversation(conversation.id()).assignedTo()).isEqualTo("manager");
        assertThat(jdbc.sql("SELECT channel || ' ' || recipient FROM reminder_message WHERE owner = ? AND reason = 'OFFICE_ANSWER'")
                .param(owner.current()).query(String.class).list()).as("told by SMS").containsExactly("SMS 13900220001");

        SecurityContextHolder.clearContext();
        loginOwner(owner);
        UI.getCurrent().navigate("owner/messages");
        assertThat(_get(Div.class, spec -> spec.withId("portal-conversations")).getElement().getTextRecursively())
                .contains("1 new from the office");
        UI.getCurrent().navigate("owner/messages/" + conversation.id());
        var thread = _get(Div.class, spec -> spec.withId("message-thread")).getElement().getTextRecursively();
        assertThat(thread).contains("B2 层 105 车位上方漏水", "已安排维修，明天上午处理。", "Read ");
        assertThat(messages.own().getFirst().unread()).as("read now").isZero();
    }

    @Test
    void whatIsNotAPhotoOrTooLongIsRefusedAndNothingIsStored() {
        owner("13900220011");
        var view = write("问题", "x".repeat(OwnerMessages.TEXT_LIMIT + 1));
        _click(_get(Button.class, spec -> spec.withId("portal-message-send")));
        assertThat(refusal()).isEqualTo("At most 2000 characters, please.");

        view = write("问题", "有照片");
        view.photo.take("not an image at all".getBytes());
        assertThat(_get(Span.class, spec -> spec.withId("message-photo-problem")).getText())
                .isEqualTo("That file is not a photo (JPEG, PNG, GIF or WebP).");
        _click(_get(Button.class, spec -> spec.withId("portal-message-send")));
        assertThat(refusal()).isEqualTo("Remove the file that was refused, or choose a photo.");

        byte[] large = Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
        view.photo.take(large);
        assertThat(_get(Span.class, spec -> spec.withId("message-photo-problem")).getText())
                .isEqualTo("The photo is larger than 5 MB.");
        _setValue(_get(TextField.class, spec -> spec.withId("portal-message-subject")), "");
        view.photo.clear();
        _click(_get(Button.class, spec -> spec.withId("portal-message-send")));
        assertThat(refusal()).isEqualTo("Give a subject of at most 100 characters.");
        assertThat(messages.own()).isEmpty();
    }

    @Test
    void anOwnerWhoAsksNotToBeToldIsNotAndAClosedConversationOpensWhenTheOwnerWritesAgain() {
        OwnerPrincipal owner = owner("13900220021");
        messages.tellMeBy(org.parkgate.owner.AnswerChannel.NONE);
        long id = messages.start(Conversation.Category.FEEDBACK, "表扬", "保安很负责。", null);

        SecurityContextHolder.clearContext();
        login("manager", Role.MANAGER);
        messages.answer(id, "谢谢您的反馈。");
        messages.close(id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder_message WHERE owner = ? AND reason = 'OFFICE_ANSWER'")
                .param(owner.current()).query(Integer.class).single()).isZero();

        SecurityContextHolder.clearContext();
        loginOwner(owner);
        messages.reply(id, "不客气。", null);
        assertThat(messages.ownConversation(id).status()).isEqualTo(Conversation.Status.WAITING);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Conversation> inbox() {
        return _get(Grid.class, spec -> spec.withId("inbox-grid"));
    }
}
