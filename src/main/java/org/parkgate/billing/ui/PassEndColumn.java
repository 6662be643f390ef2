package org.parkgate.billing.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.parkgate.billing.OwnerPasses;
import org.parkgate.registry.ui.OwnerColumn;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Pass until" on the Owners page: the last day covered by any period sold to the owner. */
@Component
@Order(1)
class PassEndColumn implements OwnerColumn {

    private final OwnerPasses passes;

    PassEndColumn(OwnerPasses passes) {
        this.passes = passes;
    }

    @Override
    public String headerKey() {
        return "owners.pass-until";
    }

    @Override
    public Map<Long, String> cells(List<Long> ownerIds, com.vaadin.flow.component.Component where) {
        return OwnerColumn.texts(passes.lastDays(ownerIds), LocalDate::toString);
    }
}
