package org.parkgate.ownerfile.ui;

import java.time.Clock;
import java.util.List;
import org.parkgate.arrears.ArrearsService;
import org.parkgate.billing.InvoiceList;
import org.parkgate.billing.OwnerPasses;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PaymentService;
import org.parkgate.exemption.ExemptionService;
import org.parkgate.lane.PassageSnapshots;
import org.parkgate.lane.Site;
import org.parkgate.ownerfile.OwnerCard;
import org.parkgate.ownerfile.OwnerFiles;
import org.parkgate.registry.OwnedVehicle;
import org.parkgate.reminder.DeliveryLog;
import org.springframework.stereotype.Component;

/** Makes the sections of an owner's file, each from the feature that owns what it shows. */
@Component
class OwnerFileSections {

    private final OwnerFiles files;
    private final OwnerPasses ownerPasses;
    private final PassService passes;
    private final InvoiceList invoices;
    private final PaymentService payments;
    private final ArrearsService arrears;
    private final ExemptionService exemptions;
    private final DeliveryLog deliveries;
    private final Clock clock;
    private final Site site;
    private final PassageSnapshots snapshots;

    OwnerFileSections(OwnerFiles files, OwnerPasses ownerPasses, PassService passes, InvoiceList invoices,
            PaymentService payments, ArrearsService arrears, ExemptionService exemptions, DeliveryLog deliveries,
            Clock clock, Site site, PassageSnapshots snapshots) {
        this.site = site;
        this.snapshots = snapshots;
        this.files = files;
        this.ownerPasses = ownerPasses;
        this.passes = passes;
        this.invoices = invoices;
        this.payments = payments;
        this.arrears = arrears;
        this.exemptions = exemptions;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Every section, in the order the office reads them; {@code changed} shows the file again after a change. */
    List<com.vaadin.flow.component.Component> of(OwnerCard card, Runnable changed) {
        long id = card.id();
        String firstPlate = card.vehicles().stream().map(OwnedVehicle::plate).findFirst().orElse("");
        return List.of(new ContactSection(card), new VehiclesSection(card.vehicles()),
                new PassesSection(ownerPasses, passes, id, changed), new InvoicesSection(invoices, id),
                new PaymentsSection(payments, id, clock), new ArrearsSection(arrears, id, clock),
                new ExemptionsSection(exemptions, clock, id, firstPlate, changed),
                new RemindersSection(deliveries, id, clock), new PassagesSection(files, id, clock, site, snapshots));
    }
}
