package org.parkgate.registry.ui;

import com.vaadin.flow.component.button.Button;
import org.parkgate.registry.OwnerRow;

/**
 * A button another feature adds to each row of the Owners page (billing: replacing the owner's pay
 * link), so the page offers it without the registry depending on that feature.
 */
public interface OwnerRowAction {

    /** The button for {@code owner}'s row, made fresh for each row. */
    Button create(OwnerRow owner);
}
