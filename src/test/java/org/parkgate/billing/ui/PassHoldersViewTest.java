package org.parkgate.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.PassHolderRow;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PayNow;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.Rate;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who holds which pass until when: filters, renewing one (paid at once) or many (each on its own), export. */
class PassHoldersViewTest extends KaribuTest {

    @Autowired
    PassService passes;

    @Autowired
    RegistryService registry;

    @Autowired
    JdbcClient jdbc;

    static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

    /** Each test's own units (H7n-0i) and plates (皖H7n00i): the database is shared by the tests. */
    String units;
    String plates;
    LocalDate today;
    LocalDate endsSoon;
    long paid;
    long ending;
    long later;
    long gone;

    /** Four passes of one plan: paid; unpaid, ending in 5 days and not renewing; unpaid; its vehicle gone. */
    @BeforeEach
    void fourPassHolders() {
        int run = RUNS.incrementAndGet();
        units = "H7" + run + "-0";
        plates = "皖H7" + run + "00";
        login("manager", Role.MANAGER);
        long plan = passes.createPlan(new NewPassPlan("持卡月卡 Holders monthly", PassPeriod.MONTH, 5000, Rate.OWNER,
                PassesView.ALWAYS, 1));
        login("cashier", Role.CASHIER);
        today = LocalDate.now(clock);
        paid = passes.sell(owner("持卡甲", 1), plan, List.of(plates + 1), today, false,
                new PayNow(PaymentMethod.CASH, null, 5000)).periodId();
        LocalDate start = today.plusDays(6).minusMonths(1);
        endsSoon = PassPeriod.MONTH.lastDay(start); // about 5 days from today
        ending = passes.sell(owner("持卡乙", 2), plan, List.of(plates + 2), start, false, null).periodId();
        passes.stopRenewal(ending);
        later = passes.sell(owner("持卡丙", 3), plan, List.of(plates + 3), today.plusDays(20));
        gone = passes.sell(owner("持卡丁", 4), plan, List.of(plates + 4), today.minusDays(1));
        registry.removeVehicle(plates + 4);
        UI.getCurrent().navigate("pass-holders");
        _setValue(_get(TextField.class, spec -> spec.withId("holders-filter")), units);
    }

    private long owner(String name, int n) {
        long owner = registry.createOwner(new NewOwner(name, "", units + n));
        registry.addVehicle(owner, plates + n, VehicleKind.CAR, null);
        return owner;
    }

    @Test
    void theListShowsWhoHoldsWhichPassUntilWhenAndFilters() {
        assertThat(rows()).extracting(PassHolderRow::ownerName).as("soonest end first")
                .containsExactly("持卡乙", "持卡丁", "持卡甲", "持卡丙");
        PassHolderRow first = rows().getFirst();
        assertThat(first.endsOn()).isEqualTo(endsSoon);
        assertThat(first.plates()).isEqualTo(plates + 2);
        assertThat(first.renews()).isFalse();
        assertThat(first.paid()).isFalse();
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("持卡乙", units + 2, plates + 2,
                "持卡月卡 Holders monthly", first.startsOn() + " – " + first.endsOn(), "No");
        assertThat(rowOf("持卡甲").paid()).as("paid at the counter with the sale").isTrue();
        assertThat(rowOf("持卡甲").renews()).isTrue();

        _setValue(_get(IntegerField.class, spec -> spec.withId("holders-ends-within")), 10);
        assertThat(rows()).extracting(PassHolderRow::ownerName).containsExactly("持卡乙");
        _setValue(_get(IntegerField.class, spec -> spec.withId("holders-ends-within")), null);
        _setValue(_get(Checkbox.class, spec -> spec.withId("holders-not-renewing")), true);
        assertThat(rows()).extracting(PassHolderRow::ownerName).containsExactly("持卡乙");
        _setValue(_get(Checkbox.class, spec -> spec.withId("holders-not-renewing")), false);
        _setValue(_get(Checkbox.class, spec -> spec.withId("holders-unpaid")), true);
        assertThat(rows()).extracting(PassHolderRow::ownerName).containsExactly("持卡乙", "持卡丁", "持卡丙");
        _setValue(_get(IntegerField.class, spec -> spec.withId("holders-ends-within")), 10);
        _setValue(_get(Checkbox.class, spec -> spec.withId("holders-not-renewing")), true);
        assertThat(rows()).as("filters together").extracting(PassHolderRow::ownerName).containsExactly("持卡乙");

        _setValue(_get(IntegerField.class, spec -> spec.withId("holders-ends-within")), 400);
        NotificationsKt.expectNotifications("Enter a number of days from 0 to 366.");
        assertThat(_get(Anchor.class, spec -> spec.withId("holders-export-csv")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("holders-export-xlsx")).getHref()).isNotBlank();
    }

    @Test
    void renewingTheSelectedPassesRenewsEachOnItsOwnAndSaysWhichWereRefusedAndWhy() {
        _click(_get(Button.class, spec -> spec.withId("holders-renew-selected")));
        NotificationsKt.expectNotifications("Tick the passes to renew first.");

        grid().select(row(ending));
        grid().select(row(gone));
        _click(_get(Button.class, spec -> spec.withId("holders-renew-selected")));
        _click(_get(Button.class, spec -> spec.withId("confirm-yes")));

        assertThat(_get(Span.class, spec -> spec.withId("holders-renewed")).getText()).isEqualTo("One pass renewed.");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("holders-refused")).getChildren()
                .map(item -> ((ListItem) item).getText()).toList())
                .containsExactly("持卡丁 (" + units + "4, " + plates + "4): None of the vehicles of this pass belongs to"
                        + " the owner any more: sell a new pass instead.");
        _click(_get(Button.class, spec -> spec.withId("holders-renew-summary-close")));

        PassHolderRow renewed = rows().stream().filter(r -> r.ownerName().equals("持卡乙")).findFirst().orElseThrow();
        assertThat(renewed.startsOn()).as("the next period, from the day after").isEqualTo(endsSoon.plusDays(1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM subscription WHERE id > ? AND owner = (SELECT owner FROM"
                + " subscription WHERE id = ?)").params(gone, gone).query(Integer.class).single())
                .as("nothing written for the refused one").isZero();
    }

    @Test
    void renewingOnePassTakesTheMoneyInTheSameDialogAndOpensTheReceipt() {
        _click((Button) GridKt._getCellComponent(grid(), rows().indexOf(row(later)), "actions"));
        LocalDate next = PassPeriod.MONTH.lastDay(today.plusDays(20)).plusDays(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("holders-renew-what"))
                .getText()).isEqualTo("持卡月卡 Holders monthly for " + plates + "3, from " + next + " to "
                        + PassPeriod.MONTH.lastDay(next) + ".");
        PassesViewTest.choose(PaymentChoice.Choice.PAY_NOW);
        assertThat(_get(Span.class, spec -> spec.withId("sell-covers")).getText()).isEqualTo("Takes 100.00 yuan: first"
                + " 50.00 yuan the owner already owes on an older invoice (every payment pays the oldest first), then"
                + " 50.00 yuan for this period.");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        List<String> opened = PassesViewTest.receiptsOpened();
        NotificationsKt.expectNotifications("Pass of 持卡丙 renewed from " + next + ". Payment of 100.00 yuan recorded;"
                + " the receipt opens in a new tab.");
        long payment = jdbc.sql("SELECT p.id FROM payment p JOIN subscription s ON s.owner = p.owner WHERE s.id = ?")
                .param(later).query(Long.class).single();
        assertThat(opened).containsExactly("receipts/" + payment);
        assertThat(rowOf("持卡丙").paid()).isTrue();
    }

    private PassHolderRow rowOf(String owner) {
        return rows().stream().filter(r -> r.ownerName().equals(owner)).findFirst().orElseThrow();
    }

    private PassHolderRow row(long periodId) {
        return rows().stream().filter(r -> r.periodId() == periodId).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<PassHolderRow> grid() {
        return _get(Grid.class, spec -> spec.withId("holders-grid"));
    }

    private static List<PassHolderRow> rows() {
        return GridKt._findAll(grid());
    }
}
