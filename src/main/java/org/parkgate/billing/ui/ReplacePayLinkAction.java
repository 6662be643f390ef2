package org.parkgate.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.parkgate.base.ui.Labels;
import org.parkgate.base.ui.Notifications;
import org.parkgate.billing.OwnerPayLinks;
import org.parkgate.registry.OwnerRow;
import org.parkgate.registry.ui.OwnerRowAction;
import org.springframework.stereotype.Component;

/**
 * "Replace pay link" on the Owners page, for a link that went where it should not: after a
 * confirmation the old link stops working and the new one is shown (audited).
 */
@Component
class ReplacePayLinkAction implements OwnerRowAction {

    private final OwnerPayLinks links;

    ReplacePayLinkAction(OwnerPayLinks links) {
        this.links = links;
    }

    @Override
    public Button create(OwnerRow owner) {
        var replace = new Button();
        replace.setText(replace.getTranslation("owners.replace-pay-link"));
        replace.addClickListener(click -> confirm(owner));
        replace.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        replace.setId("replace-pay-link-" + owner.id());
        return replace;
    }

    private void confirm(OwnerRow owner) {
        var dialog = new Dialog();
        dialog.setId("replace-pay-link-confirm");
        dialog.setHeaderTitle(Labels.of(dialog, "owners.replace-pay-link", owner.name()));
        dialog.add(new Paragraph(dialog.getTranslation("owners.replace-pay-link.warning")));
        var replace = new Button(dialog.getTranslation("owners.replace-pay-link"), click -> {
            String[] link = new String[1];
            if (Notifications.attempt(dialog, () -> link[0] = links.replaceLink(owner.id()))) {
                dialog.close();
                new PayLinkDialog(owner.name(), link[0], "owners.replace-pay-link.done").open();
            }
        });
        replace.setId("replace-pay-link-confirm-button");
        replace.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), click -> dialog.close()), replace);
        dialog.open();
    }
}
