package org.parkgate.arrears.ui;

import java.util.List;
import java.util.Map;
import org.parkgate.arrears.ArrearsDirectory;
import org.parkgate.registry.ui.OwnerColumn;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Arrears stage" on the Owners page, as last computed; empty for an owner who owes nothing. */
@Component
@Order(2)
class StageColumn implements OwnerColumn {

    private final ArrearsDirectory arrears;

    StageColumn(ArrearsDirectory arrears) {
        this.arrears = arrears;
    }

    @Override
    public String headerKey() {
        return "owners.arrears-stage";
    }

    @Override
    public Map<Long, String> cells(List<Long> ownerIds, com.vaadin.flow.component.Component where) {
        return OwnerColumn.texts(arrears.stagesOf(ownerIds), stage -> where.getTranslation("arrears.stage." + stage.name()));
    }
}
