package org.parkgate.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.parkgate.base.UserFacingException;
import org.slf4j.LoggerFactory;

/**
 * A dialog with a form, Save and Cancel. Save runs the action; a refusal is shown inside the
 * dialog in the user's language and the dialog stays open with the input intact. A failure of
 * ParkGate's own is logged and said too ("not saved"), never left silent.
 */
public class FormDialog extends Dialog {

    private final Span error = new Span();
    private final Button save;

    public FormDialog(String title, Component form, Runnable action, Runnable afterSave) {
        setHeaderTitle(title);
        error.addClassName("parkgate-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("form-dialog-error");
        error.setVisible(false);
        add(new VerticalLayout(form, error));
        save = new Button(getTranslation("action.save"), click -> save(action, afterSave));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("form-dialog-save");
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("form-dialog-cancel");
        getFooter().add(cancel, save);
    }

    private void save(Runnable action, Runnable afterSave) {
        try {
            action.run();
        } catch (UserFacingException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            error.setVisible(true);
            return;
        } catch (RuntimeException failure) {
            LoggerFactory.getLogger(FormDialog.class).error("Saving \"{}\" failed", getHeaderTitle(), failure);
            error.setText(getTranslation("error.not-saved"));
            error.setVisible(true);
            return;
        }
        close();
        afterSave.run();
    }

    /** Gives Save an id of the form's own instead of {@code form-dialog-save}; returns this dialog. */
    public FormDialog saveId(String id) {
        save.setId(id);
        return this;
    }

    /** The message shown after the last refused save, empty when none. */
    public String errorText() {
        return error.isVisible() ? error.getText() : "";
    }
}
