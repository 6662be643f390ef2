package org.parkgate.registry.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.OwnerContact;
import org.parkgate.registry.OwnerContacts;
import org.parkgate.registry.OwnerQuery;
import org.parkgate.registry.OwnerRow;
import org.parkgate.registry.RegistryException;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

class OwnersViewTest extends KaribuTest {

    @Autowired
    RegistryService registry;

    @Autowired
    OwnerContacts contacts;

    @BeforeEach
    void openAsCashier() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("owners");
        NotificationsKt.clearNotifications();
    }

    @Test
    void aNewOwnerGetsAVehicleWhosePlateIsStoredNormalised() {
        _click(_get(Button.class, spec -> spec.withId("owners-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("owner-name")), "王芳");
        _setValue(_get(TextField.class, spec -> spec.withId("owner-unit")), "3-1201");
        _setValue(_get(TextField.class, spec -> spec.withId("owner-phone")), "138 0013 8000");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Owner 王芳 created.");

        OwnerRow wang = onlyRow("3-1201");
        _click(_get(GridKt._getCellComponent(grid(), 0, "actions"), Button.class,
                spec -> spec.withId("add-vehicle-" + wang.id())));
        _setValue(_get(TextField.class, spec -> spec.withId("vehicle-plate")), " 粤b·d12345 ");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Vehicle 粤BD12345 added to 王芳.");

        assertThat(onlyRow("BD123").plates()).isEqualTo("粤BD12345");
        assertThat(registry.plateOwner("粤BD12345")).isEqualTo(wang.id());
    }

    @Test
    void theOfficeRecordsHowAnOwnerIsReachedAndABadAddressIsRefused() {
        long owner = registry.createOwner(new NewOwner("韩梅梅", "13911112222", "9-0707"));
        onlyRow("9-0707");
        _click(_get(GridKt._getCellComponent(grid(), 0, "actions"), Button.class,
                spec -> spec.withId("owner-contact-" + owner)));
        _setValue(_get(TextField.class, spec -> spec.withId("contact-email")), "han.meimei@");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).startsWith("The e-mail address is not valid");
        assertThat(contacts.of(owner).email()).isNull();

        _setValue(_get(TextField.class, spec -> spec.withId("contact-email")), "han.meimei@example.com");
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, spec -> spec.withId("contact-language"));
        _setValue(language, "en");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Contact details of 韩梅梅 saved.");
        assertThat(contacts.of(owner)).isEqualTo(new OwnerContact("13911112222", "han.meimei@example.com", "en"));
    }

    @Test
    void anInvalidOrTakenPlateIsRefusedInTheDialogAndNothingIsStored() {
        long owner = registry.createOwner(new NewOwner("李雷", "", "9-0101"));
        registry.addVehicle(owner, "沪A12345", VehicleKind.CAR, "白");
        onlyRow("9-0101");
        _click(_get(GridKt._getCellComponent(grid(), 0, "actions"), Button.class,
                spec -> spec.withId("add-vehicle-" + owner)));

        _setValue(_get(TextField.class, spec -> spec.withId("vehicle-plate")), "沪AI2345");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("Contains the letter I or O");

        _setValue(_get(TextField.class, spec -> spec.withId("vehicle-plate")), "沪A-12345");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("The plate 沪A12345 is already registered.");
        assertThat(registry.plateOwner("沪AI2345")).isNull();
        assertThat(onlyRow("9-0101").plates()).isEqualTo("沪A12345");
    }

    @Test
    void theListFiltersSortsAndPagesInTheDatabase() {
        for (int i = 0; i < 30; i++) {
            registry.createOwner(new NewOwner("分页业主" + (char) ('A' + i % 26) + i, "", "P-" + (100 + i)));
        }
        var query = new OwnerQuery("P-1", OwnerQuery.OwnerSort.UNIT, false, 0, 10);
        assertThat(registry.count(query)).isEqualTo(30);
        List<OwnerRow> firstPage = registry.find(query);
        assertThat(firstPage).hasSize(10);
        assertThat(firstPage.getFirst().unit()).isEqualTo("P-129");
        assertThat(registry.find(new OwnerQuery("P-1", OwnerQuery.OwnerSort.UNIT, false, 20, 10)).getLast().unit())
                .isEqualTo("P-100");
    }

    @Test
    void theDemoProfileBringsTwoHundredOwnersAndTheFixedPlates() {
        assertThat(registry.count(new OwnerQuery("", OwnerQuery.OwnerSort.NAME, true, 0, 1)))
                .isGreaterThanOrEqualTo(200);
        for (String plate : List.of("京A10001", "京A10002", "京A10003", "京A10004", "京A10005", "京A10006")) {
            assertThat(registry.plateOwner(plate)).as(plate).isNotNull();
        }
        assertThat(onlyRow("京A10004").name()).startsWith("刘洋");
    }

    @Test
    void guardsCannotUseTheRegistry() {
        login("guard", Role.GUARD);
        assertThatThrownBy(() -> registry.count(new OwnerQuery("", OwnerQuery.OwnerSort.NAME, true, 0, 1)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> registry.createOwner(new NewOwner("", "", "")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anOwnerNeedsAName() {
        assertThatThrownBy(() -> registry.createOwner(new NewOwner(" ", "", "")))
                .isInstanceOf(RegistryException.class).hasMessage("error.owner.name-invalid");
    }

    @Test
    void anOfficeImportsASpreadsheetInTheBackgroundAfterSeeingItsProblems() {
        UI.getCurrent().navigate("owners");
        _click(_get(Button.class, spec -> spec.withId("owners-import")));
        ImportDialog dialog = _get(ImportDialog.class);
        String csv = "姓名,电话,房号,车牌\r\n马九,13700000009,13-0101,粤B99991\r\n牛十,,13-0102,粤B9999\r\n";
        dialog.receive("owners.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(dialog.summary.getText()).isEqualTo("2 rows: 1 can be imported, 1 have problems.");
        assertThat(GridKt._getFormattedRow(dialog.rows, 1)).contains("Wrong number of characters");

        _click(dialog.start);
        dialog.running.join();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        NotificationsKt.expectNotifications(
                "1 rows have problems. Correct them, or choose to import only the rows without problems.");
        assertThat(onlyRowCount("粤B99991")).isZero();

        _setValue(dialog.validOnly, true);
        _click(dialog.start);
        dialog.running.join();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        NotificationsKt.expectNotifications("Imported: 1 new owners, 1 vehicles; 1 rows left out.");
        assertThat(onlyRow("粤B99991").name()).isEqualTo("马九");
    }

    @Test
    void aRemovedVehicleIsNoLongerTheOwners() {
        long owner = registry.createOwner(new NewOwner("退车", "", "13-0201"));
        registry.addVehicle(owner, "粤B88881", VehicleKind.CAR, null);
        registry.addVehicle(owner, "粤B88882", VehicleKind.CAR, null);
        UI.getCurrent().navigate("owners");
        OwnerRow row = onlyRow("13-0201");
        _click(_get(GridKt._getCellComponent(grid(), 0, "actions"), Button.class,
                spec -> spec.withId("remove-vehicle-" + row.id())));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<String> plate = _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("remove-vehicle-plate"));
        _setValue(plate, "粤B88881");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Vehicle 粤B88881 removed from 退车; the gate now treats it as a visitor.");
        assertThat(onlyRow("13-0201").plates()).isEqualTo("粤B88882");
        assertThat(registry.plateOwner("粤B88881")).isNull();
    }

    private int onlyRowCount(String filterText) {
        _setValue(_get(TextField.class, spec -> spec.withId("owners-filter")), filterText);
        return GridKt._findAll(grid()).size();
    }

    private OwnerRow onlyRow(String filterText) {
        _setValue(_get(TextField.class, spec -> spec.withId("owners-filter")), filterText);
        List<OwnerRow> rows = GridKt._findAll(grid());
        assertThat(rows).as("rows for " + filterText).hasSize(1);
        return rows.getFirst();
    }

    @SuppressWarnings("unchecked")
    private static Grid<OwnerRow> grid() {
        return _get(Grid.class, spec -> spec.withId("owners-grid"));
    }
}
