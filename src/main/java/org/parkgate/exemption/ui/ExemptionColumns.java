package org.parkgate.exemption.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import org.parkgate.exemption.ExemptionRow;
import org.parkgate.exemption.ExemptionStatus;

/** The columns of a list of exemptions, the same on the Exemptions page and in an owner's file. */
public final class ExemptionColumns {

    private ExemptionColumns() {
    }

    /** For whom, the terms, the days, why, where it stands and who asked. */
    public static void addTo(Grid<ExemptionRow> grid) {
        grid.addColumn(row -> subject(row, grid)).setHeader(grid.getTranslation("exemptions.for")).setAutoWidth(true);
        grid.addColumn(row -> terms(row, grid)).setHeader(grid.getTranslation("exemptions.terms"));
        grid.addColumn(row -> row.validFrom() + " - " + row.validUntil())
                .setHeader(grid.getTranslation("exemptions.valid")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ExemptionRow::reason).setHeader(grid.getTranslation("exemptions.reason")).setFlexGrow(2);
        grid.addColumn(row -> status(row, grid)).setHeader(grid.getTranslation("exemptions.status")).setKey("status");
        grid.addColumn(ExemptionRow::requestedBy).setHeader(grid.getTranslation("exemptions.requested-by"));
    }

    /** The plate, or "all vehicles of" the owner. */
    static String subject(ExemptionRow row, Component where) {
        return row.plate() != null ? row.plate() : where.getTranslation("exemptions.all-vehicles-of", row.ownerName());
    }

    private static String terms(ExemptionRow row, Component where) {
        return switch (row.kind()) {
            case FULL -> where.getTranslation("exemptions.kind.FULL");
            case PERCENT -> where.getTranslation("exemptions.terms.percent", row.amount());
            case FREE_MINUTES -> where.getTranslation("exemptions.terms.minutes", row.amount());
        };
    }

    /** The status, and that the gate refuses anyway while the owner is suspended (not for the past or refused). */
    private static String status(ExemptionRow row, Component where) {
        String status = where.getTranslation("exemptions.status." + row.status().name());
        boolean stillMatters = row.status() != ExemptionStatus.EXPIRED && row.status() != ExemptionStatus.REJECTED;
        return row.ownerSuspended() && stillMatters ? where.getTranslation("exemptions.status.owner-suspended", status)
                : status;
    }
}
