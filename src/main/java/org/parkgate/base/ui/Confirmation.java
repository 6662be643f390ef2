package org.parkgate.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Are you sure?" before an action that cannot simply be taken back (revoking a key, disabling a
 * user, approving an exemption, stopping a renewal): says what will happen, and does it only on
 * the confirming button ({@code confirm-yes}); cancelling changes nothing.
 */
public final class Confirmation extends Dialog {

    private Confirmation(String title, String explanation, String confirmLabel, Runnable action) {
        setId("confirm-dialog");
        setHeaderTitle(title);
        add(new Paragraph(explanation));
        var yes = new Button(confirmLabel, click -> {
            close();
            action.run();
        });
        yes.setId("confirm-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var no = new Button(getTranslation("action.cancel"), click -> close());
        no.setId("confirm-no");
        getFooter().add(no, yes);
    }

    /** Opens the question; {@code action} runs once the user confirms. */
    public static void ask(String title, String explanation, String confirmLabel, Runnable action) {
        new Confirmation(title, explanation, confirmLabel, action).open();
    }
}
