package org.parkgate.ownerfile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.parkgate.ownerfile.OwnerCard;
import org.parkgate.ownerfile.OwnerFiles;
import org.parkgate.registry.ui.OwnerLinks;
import org.parkgate.registry.ui.OwnerRowAction;
import org.parkgate.security.Role;

/**
 * One owner's file, {@code owner/<id>}: contact and unit, vehicles, passes, invoices, payments,
 * arrears and collection notes, exemptions, reminders sent and recent passages; and what the
 * office does for the owner from here (take a payment, sell or renew a pass, add a note, request an
 * exemption, and what other features add to an owner, such as replacing the pay link).
 */
@Route(OwnerLinks.FILE_ROUTE)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
final class OwnerFileView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final OwnerFiles files;
    private final OwnerFileSections sections;
    private final List<OwnerRowAction> ownerActions;
    private String title = "";

    OwnerFileView(OwnerFiles files, OwnerFileSections sections, List<OwnerRowAction> ownerActions) {
        this.files = files;
        this.sections = sections;
        this.ownerActions = ownerActions;
        addClassName("parkgate-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long ownerId) {
        show(ownerId);
    }

    private void show(long ownerId) {
        removeAll();
        Optional<OwnerCard> found = files.card(ownerId);
        if (found.isEmpty()) {
            title = getTranslation("owner-file.unknown.title");
            var unknown = new Paragraph(getTranslation("owner-file.unknown", Long.toString(ownerId)));
            unknown.setId("owner-file-unknown");
            add(unknown);
            return;
        }
        OwnerCard card = found.get();
        title = getTranslation("owner-file.title", card.owner().name());
        var name = new H2(card.owner().name());
        name.setId("owner-file-name");
        add(name, actions(card));
        sections.of(card, () -> show(ownerId)).forEach(this::add);
    }

    private HorizontalLayout actions(OwnerCard card) {
        var pay = new Button(getTranslation("owner-file.take-payment"),
                click -> OwnerLinks.openForOwner("payments", card.id()));
        pay.setId("owner-file-take-payment");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var sell = new Button(getTranslation("owner-file.sell-pass"), click -> OwnerLinks.openForOwner("passes", card.id()));
        sell.setId("owner-file-sell-pass");
        var actions = new HorizontalLayout(pay, sell);
        ownerActions.forEach(action -> actions.add(action.create(card.owner())));
        actions.setWrap(true);
        return actions;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
