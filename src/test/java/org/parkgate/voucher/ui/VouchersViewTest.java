package org.parkgate.voucher.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.DayPicker;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.VisitCharges;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.Role;
import org.parkgate.voucher.VoucherAccount;
import org.parkgate.voucher.VoucherAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager shows a day's vouchers, exports them for Kingdee and gets the file, is stopped before
 * exporting the day a second time (told when and by whom), and changes an account's code.
 */
class VouchersViewTest extends KaribuTest {

    private static final Instant DAY = Instant.parse("2027-03-09T03:00:00Z");

    @Autowired
    PaymentService payments;
    @Autowired
    VisitCharges visits;
    @Autowired
    RegistryService registry;
    @Autowired
    VoucherAccounts accounts;

    @Test
    void aManagerShowsExportsOnceAndMapsAccounts() {
        clock.set(DAY);
        login("manager", Role.MANAGER, Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("凭证页面业主", "13900300001", "10-101"));
        visits.charge(owner, "P1", LocalDate.now(clock), "访客 甘N30001", 2000, "voucher-view-visit");
        payments.recordAtCounter(owner, 2000, PaymentMethod.TRANSFER, "网银 0309");
        clock.advance(Duration.ofDays(1));

        UI.getCurrent().navigate("vouchers");
        _setValue(_get(DayPicker.class, spec -> spec.withId("vouchers-day")), LocalDate.ofInstant(DAY, clock.getZone()));
        @SuppressWarnings("unchecked")
        Grid<VouchersView.Row> grid = _get(Grid.class, spec -> spec.withId("vouchers-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Bank transfer", "1002", "20.00", "10-101 凭证页面业主");
        assertThat(_get(Span.class, spec -> spec.withId("vouchers-totals")).getText())
                .isEqualTo("1 vouchers, debits 20.00, credits 20.00");

        _click(_get(Button.class, spec -> spec.withId("vouchers-export-xlsx")));
        assertThat(_get(Anchor.class, spec -> spec.withId("vouchers-download")).getText()).contains("day-2027-03-09.xlsx");
        _get(Dialog.class, spec -> spec.withId("vouchers-file")).close();
        assertThat(_get(Span.class, spec -> spec.withId("vouchers-exported")).getText()).contains("manager", "KINGDEE");

        _click(_get(Button.class, spec -> spec.withId("vouchers-export-csv")));
        assertThat(_get(Dialog.class, spec -> spec.withId("confirm-dialog")).isOpened()).as("asked first").isTrue();
        _click(_get(Button.class, spec -> spec.withId("confirm-yes")));
        assertThat(_get(Anchor.class, spec -> spec.withId("vouchers-download")).getText()).contains(".csv");

        _click(_get(Button.class, spec -> spec.withId("vouchers-accounts")));
        _setValue(_get(TextField.class, spec -> spec.withId("voucher-code-TRANSFER")), "1002.03");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        try {
            assertThat(GridKt._getFormattedRow(grid, 0)).contains("1002.03");
        } finally {
            accounts.change(VoucherAccount.TRANSFER, VoucherAccount.TRANSFER.defaultCode(),
                    VoucherAccount.TRANSFER.defaultName());
        }
    }
}
