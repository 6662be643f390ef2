package org.parkgate.ownerfile.ui;

import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.reminder.DeliveryLog;
import org.parkgate.reminder.DeliveryRow;

/** The latest messages to the owner, as the delivery log has them: why, how, to where, and what became of them. */
class RemindersSection extends Section {

    static final int SHOWN = 50;

    RemindersSection(DeliveryLog log, long ownerId, Clock clock) {
        super("owner-file-reminders-section", "owner-file.reminders");
        var grid = new Grid<DeliveryRow>();
        grid.addColumn(row -> DateTimes.format(row.createdAt(), clock)).setHeader(getTranslation("delivery.created"));
        grid.addColumn(row -> getTranslation("reminder.reason." + row.reason().name()))
                .setHeader(getTranslation("delivery.reason"));
        grid.addColumn(row -> getTranslation("reminder.channel." + row.channel().name()))
                .setHeader(getTranslation("delivery.channel"));
        grid.addColumn(row -> orEmpty(row.recipient())).setHeader(getTranslation("delivery.to"));
        grid.addColumn(row -> getTranslation("delivery.status." + row.status().name()))
                .setHeader(getTranslation("delivery.status"));
        grid.addColumn(row -> row.sentAt() == null ? "" : DateTimes.format(row.sentAt(), clock))
                .setHeader(getTranslation("delivery.sent"));
        grid.addColumn(DeliveryRow::subject).setHeader(getTranslation("delivery.subject")).setFlexGrow(2);
        grid.setItems(log.toOwner(ownerId, SHOWN));
        add(listOf("owner-file-reminders", grid));
    }
}
