package org.parkgate.owner.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.owner.Conversation;
import org.parkgate.owner.OwnerMessages;
import org.parkgate.security.Role;

/** What owners wrote from the portal: those waiting for an answer first, the longest waiting at the top. */
@Route("inbox")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
@Menu(order = 305, title = "menu.inbox", icon = "vaadin:comments-o")
final class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 500;

    private final OwnerMessages messages;
    final Grid<Conversation> grid = new Grid<>();
    final Checkbox openOnly = new Checkbox();

    InboxView(OwnerMessages messages, Clock clock) {
        this.messages = messages;
        addClassName("parkgate-view");
        setSizeFull();
        openOnly.setLabel(getTranslation("inbox.open-only"));
        openOnly.setValue(true);
        openOnly.setId("inbox-open-only");
        openOnly.addValueChangeListener(change -> refresh());
        grid.setId("inbox-grid");
        grid.addColumn(c -> DateTimes.format(c.lastAt(), clock)).setHeader(getTranslation("inbox.last")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("messages.status." + c.status().name())).setHeader(getTranslation("inbox.status"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.ownerName() + (c.unit() == null ? "" : " · " + c.unit()))
                .setHeader(getTranslation("requests.owner")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("messages.category." + c.category().name()))
                .setHeader(getTranslation("messages.category")).setAutoWidth(true);
        grid.addColumn(Conversation::subject).setHeader(getTranslation("messages.subject")).setFlexGrow(2);
        grid.addColumn(c -> c.unread() == 0 ? "" : String.valueOf(c.unread())).setHeader(getTranslation("inbox.unread"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.assignedTo() == null ? "" : c.assignedTo()).setHeader(getTranslation("inbox.assigned"))
                .setAutoWidth(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(InboxConversationView.class,
                new RouteParameters(InboxConversationView.ID, String.valueOf(click.getItem().id())))));
        add(openOnly, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(messages.inbox(openOnly.getValue(), SHOWN));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.inbox");
    }
}
