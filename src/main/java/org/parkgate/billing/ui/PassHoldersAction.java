package org.parkgate.billing.ui;

import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.function.Supplier;
import org.parkgate.billing.PassHolderRow;

/**
 * A toolbar button another feature adds to the Pass holders page, acting on the ticked rows
 * (reminders: remind the selected holders now), so the page offers it without billing depending
 * on that feature.
 */
public interface PassHoldersAction {

    /** The button; {@code selected} gives the ticked rows when it is clicked (empty when none). */
    Button create(Supplier<List<PassHolderRow>> selected);
}
