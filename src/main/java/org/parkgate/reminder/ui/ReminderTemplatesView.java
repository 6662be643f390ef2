package org.parkgate.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.Notifications;
import org.parkgate.reminder.Channel;
import org.parkgate.reminder.MessageFacts;
import org.parkgate.reminder.MessageTemplate;
import org.parkgate.reminder.ReminderReason;
import org.parkgate.reminder.ReminderTemplates;
import org.parkgate.security.Role;

/**
 * The text of every message, per channel, reason and language. The manager edits it, sees a
 * preview filled with made-up facts, and saves; a template with an unknown placeholder or too
 * long for an SMS is refused with the reason. Reset goes back to the standard text.
 */
@Route("reminder-templates")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 912, title = "menu.reminder-templates", icon = "vaadin:file-text")
final class ReminderTemplatesView extends VerticalLayout implements HasDynamicTitle {

    private static final String PREVIEW_LOT = "P1";

    private final ReminderTemplates templates;
    final Select<Channel> channel = new Select<>();
    final Select<ReminderReason> reason = new Select<>();
    final Select<String> language = new Select<>();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    final Span state = new Span();
    final Span error = new Span();
    final Div preview = new Div();

    ReminderTemplatesView(ReminderTemplates templates) {
        this.templates = templates;
        addClassName("parkgate-view");
        channel.setLabel(getTranslation("delivery.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("reminder.channel." + c.name()));
        channel.setValue(Channel.SMS);
        channel.setId("template-channel");
        reason.setLabel(getTranslation("delivery.reason"));
        reason.setItems(java.util.Arrays.stream(ReminderReason.values()).filter(ReminderReason::templated).toList());
        reason.setItemLabelGenerator(r -> getTranslation("reminder.reason." + r.name()));
        reason.setValue(ReminderReason.OVERDUE);
        reason.setId("template-reason");
        language.setLabel(getTranslation("owners.language"));
        language.setItems(ReminderTemplates.LANGUAGES);
        language.setItemLabelGenerator(tag -> getTranslation("owners.language." + tag));
        language.setValue(ReminderTemplates.LANGUAGES.getFirst());
        language.setId("template-language");
        channel.addValueChangeListener(change -> load());
        reason.addValueChangeListener(change -> load());
        language.addValueChangeListener(change -> load());

        subject.setLabel(getTranslation("delivery.subject"));
        subject.setId("template-subject");
        subject.setWidthFull();
        body.setLabel(getTranslation("delivery.body"));
        body.setId("template-body");
        body.setWidthFull();
        body.setHelperText(getTranslation("templates.placeholders",
                "{" + String.join("}, {", MessageFacts.PLACEHOLDERS) + "}"));
        state.setId("template-state");
        error.setId("template-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        preview.setId("template-preview");
        preview.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-s)")
                .set("white-space", "pre-wrap");

        var showPreview = new Button(getTranslation("templates.preview"), click -> showPreview());
        showPreview.setId("template-preview-button");
        var save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("template-save");
        var reset = new Button(getTranslation("templates.reset"), click -> reset());
        reset.setId("template-reset");
        var pickers = new HorizontalLayout(channel, reason, language, state);
        pickers.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(pickers, subject, body, new HorizontalLayout(showPreview, save, reset), error,
                new H4(getTranslation("templates.preview")), preview);
        load();
    }

    private MessageTemplate edited() {
        return new MessageTemplate(subject.getValue(), body.getValue());
    }

    private void load() {
        if (channel.getValue() == null || reason.getValue() == null || language.getValue() == null) {
            return;
        }
        MessageTemplate template = templates.template(channel.getValue(), reason.getValue(), language.getValue());
        subject.setValue(template.subject());
        subject.setVisible(channel.getValue() != Channel.SMS);
        body.setValue(template.body());
        state.setText(getTranslation(templates.changed(channel.getValue(), reason.getValue(), language.getValue())
                ? "templates.changed" : "templates.standard"));
        showPreview();
    }

    /** Shows what the owner would get; false (and the reason) when the template is refused. */
    private boolean showPreview() {
        error.setText("");
        preview.removeAll();
        try {
            MessageTemplate rendered = templates.preview(channel.getValue(), edited(), PREVIEW_LOT);
            if (channel.getValue() != Channel.SMS) {
                var title = new Span(rendered.subject());
                title.getStyle().set("font-weight", "600");
                preview.add(title);
            }
            preview.add(new Paragraph(rendered.body()));
            return true;
        } catch (UserFacingException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            return false;
        }
    }

    private void save() {
        if (!showPreview()) {
            return;
        }
        try {
            templates.save(channel.getValue(), reason.getValue(), language.getValue(), edited());
        } catch (UserFacingException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        Notifications.success(getTranslation("templates.saved"));
        load();
    }

    private void reset() {
        templates.reset(channel.getValue(), reason.getValue(), language.getValue());
        Notifications.success(getTranslation("templates.reset-done"));
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("templates.title");
    }
}
