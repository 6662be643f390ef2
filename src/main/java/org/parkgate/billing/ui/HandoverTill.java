package org.parkgate.billing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.parkgate.base.Money;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.billing.Handover;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.VoidedPayment;

/**
 * A till by payment method with its total, then the voids of its payments (who voided, when).
 * When some were entered after the shift was signed off, a second column gives what the drawer
 * should hold with them, and a line says so: the slip stays as signed and still matches the drawer.
 */
final class HandoverTill extends VerticalLayout {

    /** One method's line: the net as signed (or so far) and with the voids entered after sign-off. */
    record Line(String method, long net, long drawer) {
    }

    final Grid<Line> lines = new Grid<>();
    final Grid<VoidedPayment> voids = new Grid<>();
    final Paragraph afterSignOff = new Paragraph();

    HandoverTill(String idPrefix, Clock clock) {
        setPadding(false);
        lines.setId(idPrefix + "-lines");
        lines.addColumn(Line::method).setHeader(getTranslation("payments.method"));
        lines.addColumn(line -> Money.yuan(line.net())).setHeader(getTranslation("report.net")).setKey("net");
        lines.addColumn(line -> Money.yuan(line.drawer())).setHeader(getTranslation("handover.drawer")).setKey("drawer");
        lines.setAllRowsVisible(true);
        voids.setId(idPrefix + "-voids");
        voids.addColumn(VoidedPayment::receiptNo).setHeader(getTranslation("handover.voided-receipt"));
        voids.addColumn(voided -> getTranslation("payment.method." + voided.method().name()))
                .setHeader(getTranslation("payments.method"));
        voids.addColumn(voided -> Money.yuan(voided.amount())).setHeader(getTranslation("report.net"));
        voids.addColumn(VoidedPayment::voidedBy).setHeader(getTranslation("ledger.actor"));
        voids.addColumn(voided -> DateTimes.format(voided.voidedAt(), clock)).setHeader(getTranslation("ledger.at"));
        voids.setAllRowsVisible(true);
        afterSignOff.setId(idPrefix + "-after-sign-off");
        add(lines, voids, afterSignOff);
    }

    void show(Handover till) {
        lines.setItems(lines(till));
        int later = till.voidsAfterSignOff().size();
        lines.getColumnByKey("drawer").setVisible(later > 0);
        voids.setItems(till.voids());
        voids.setVisible(!till.voids().isEmpty());
        afterSignOff.setText(getTranslation("handover.voided-after-sign-off", later, Money.yuan(till.total()),
                Money.yuan(till.drawerTotal())));
        afterSignOff.setVisible(later > 0);
    }

    /** The till by method, with the total last. */
    List<Line> lines(Handover till) {
        List<Line> lines = new ArrayList<>();
        for (PaymentMethod method : PaymentMethod.values()) {
            lines.add(new Line(getTranslation("payment.method." + method.name()), till.byMethod().getOrDefault(method, 0L),
                    till.drawer(method)));
        }
        lines.add(new Line(getTranslation("report.total"), till.total(), till.drawerTotal()));
        return lines;
    }
}
