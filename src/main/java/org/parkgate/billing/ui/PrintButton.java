package org.parkgate.billing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;

/** "Print" on a printable page (receipt, handover slip); it does not print itself. */
final class PrintButton extends Button {

    PrintButton(String id) {
        super(UI.getCurrent().getTranslation("receipt.print"), VaadinIcon.PRINT.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        setId(id);
        addClassName("parkgate-no-print");
    }
}
