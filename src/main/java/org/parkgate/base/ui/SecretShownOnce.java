package org.parkgate.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A secret ParkGate keeps no readable copy of (or shows only now): in a dialog with why it is
 * shown this once, in monospace and breakable so a long one can be copied whole.
 */
public final class SecretShownOnce {

    private SecretShownOnce() {
    }

    /** Opens the dialog ({@code id}) titled {@code title}; the secret's paragraph is {@code id + "-secret"}. */
    public static Dialog open(String id, String title, String explanation, String secret) {
        var text = new Paragraph(secret);
        text.setId(id + "-secret");
        text.getStyle().set("word-break", "break-all").set("font-family", "monospace");
        var dialog = new Dialog(new Paragraph(explanation), text);
        dialog.setId(id);
        dialog.setHeaderTitle(title);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
        return dialog;
    }
}
