package org.parkgate.reminder.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.ExportLinks;
import org.parkgate.base.ui.SearchField;
import org.parkgate.registry.ui.OwnerLinks;
import org.parkgate.reminder.Channel;
import org.parkgate.reminder.DeliveryLog;
import org.parkgate.reminder.DeliveryQuery;
import org.parkgate.reminder.DeliveryRow;
import org.parkgate.reminder.DeliveryStatus;
import org.parkgate.security.Role;

/**
 * What was sent to whom, when, through which channel, and what the gateway answered; newest
 * first, filtered by owner, status and channel; a click shows the message itself. Exports what
 * the filter shows.
 */
@Route("delivery-log")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
@Menu(order = 401, title = "menu.delivery-log", icon = "vaadin:envelopes-o")
final class DeliveryLogView extends VerticalLayout implements HasDynamicTitle {

    private final DeliveryLog log;
    private final Clock clock;
    final SearchField filter;
    final Select<DeliveryStatus> status = new Select<>();
    final Select<Channel> channel = new Select<>();
    final Grid<DeliveryRow> grid = new Grid<>();

    DeliveryLogView(DeliveryLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
        addClassName("parkgate-view");
        setSizeFull();
        filter = new SearchField("delivery-filter", getTranslation("owners.filter"),
                () -> grid.getDataProvider().refreshAll());
        filterBy(status, "delivery-status", "delivery.status", DeliveryStatus.values(), this::statusText);
        filterBy(channel, "delivery-channel", "delivery.channel", Channel.values(), this::channelText);
        var export = new ExportLinks("delivery-export", "delivery-log", headers(), this::exportRows);
        var toolbar = new HorizontalLayout(filter, status, channel, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("delivery-grid");
        grid.addColumn(row -> time(row.createdAt())).setHeader(getTranslation("delivery.created"));
        grid.addComponentColumn(row -> OwnerLinks.toFile(row.ownerId(), row.ownerName()))
                .setHeader(getTranslation("owners.name")).setKey("owner");
        grid.addColumn(row -> reasonText(row)).setHeader(getTranslation("delivery.reason"));
        grid.addColumn(row -> channelText(row.channel())).setHeader(getTranslation("delivery.channel"));
        grid.addColumn(row -> row.recipient() == null ? "" : row.recipient()).setHeader(getTranslation("delivery.to"));
        grid.addColumn(row -> statusText(row.status())).setHeader(getTranslation("delivery.status"));
        grid.addColumn(DeliveryRow::attempts).setHeader(getTranslation("delivery.attempts"));
        grid.addColumn(row -> time(row.sentAt())).setHeader(getTranslation("delivery.sent"));
        grid.addColumn(this::answer).setHeader(getTranslation("delivery.answer")).setFlexGrow(2);
        grid.addColumn(this::receipt).setHeader(getTranslation("delivery.receipt")).setKey("receipt");
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(row -> {
            var subject = new Span(row.subject());
            subject.getStyle().set("font-weight", "600");
            var details = new Div(subject, new Paragraph(row.body()));
            details.setId("delivery-details-" + row.id());
            return details;
        }));
        grid.setItems(query -> log.find(query(query.getOffset(), query.getLimit())).stream(),
                query -> log.count(query(0, 1)));
        add(toolbar, grid);
        expand(grid);
    }

    /** A select of every value or "All" (empty) that filters the list. */
    private <T> void filterBy(Select<T> select, String id, String labelKey, T[] values, Function<T, String> text) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("delivery.all"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("delivery.all") : text.apply(value));
        select.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private DeliveryQuery query(int offset, int limit) {
        return new DeliveryQuery(filter.getValue(), status.getValue(), channel.getValue(), offset,
                Math.min(limit, 100_000));
    }

    private String reasonText(DeliveryRow row) {
        return getTranslation("reminder.reason." + row.reason().name());
    }

    private String statusText(DeliveryStatus value) {
        return getTranslation("delivery.status." + value.name());
    }

    private String channelText(Channel value) {
        return getTranslation("reminder.channel." + value.name());
    }

    private String answer(DeliveryRow row) {
        if (row.answer() == null) {
            return "";
        }
        if (!row.answerIsKey()) {
            return row.answer(); // the gateway's or mail server's own words
        }
        String[] keyAndDetail = row.answerKeyAndDetail();
        return getTranslation(keyAndDetail[0], keyAndDetail[1]);
    }

    /** The SMS provider's report: delivered when, or not delivered and its code; empty while none came. */
    private String receipt(DeliveryRow row) {
        if (row.receipt() == null) {
            return "";
        }
        return getTranslation("delivery.receipt." + row.receipt(), time(row.receiptAt()),
                row.receiptDetail() == null ? "" : row.receiptDetail());
    }

    private String time(@Nullable Instant instant) {
        return instant == null ? "" : DateTimes.format(instant, clock);
    }

    private List<String> headers() {
        return List.of(getTranslation("delivery.created"), getTranslation("owners.name"),
                getTranslation("delivery.reason"), getTranslation("delivery.channel"), getTranslation("delivery.to"),
                getTranslation("delivery.status"), getTranslation("delivery.attempts"), getTranslation("delivery.sent"),
                getTranslation("delivery.answer"), getTranslation("delivery.receipt"), getTranslation("delivery.subject"),
                getTranslation("delivery.body"));
    }

    private List<List<Object>> exportRows() {
        return log.find(query(0, 100_000)).stream().map(row -> Arrays.<Object>asList(time(row.createdAt()),
                row.ownerName(), reasonText(row), channelText(row.channel()), row.recipient(), statusText(row.status()),
                row.attempts(), time(row.sentAt()), answer(row), receipt(row), row.subject(), row.body())).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delivery.title");
    }
}
