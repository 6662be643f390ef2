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
        createInDialog("王芳", "3-1201", "138 0013 8000");
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
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("Plate 沪AI2345: the letter I is not used on plates.");

        _setValue(_get(TextField.class, spec -> spec.withId("vehicle-plate")), " ");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("A plate is required.");

        _setValue(_get(TextField.class, spec -> spec.withId("vehicle-plate")), "沪A-12345");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("The plate 沪A12345 is already registered.");
        assertThat(registry.plateOwner("沪AI2345")).isNull();
        assertThat(onlyRow("9-0101").plates()).isEqualTo("沪A12345");
    }

    @Test
    void ownersAreListedByNameInPinyinOrder() {
        for (String name : new String[] {"赵六", "Anna", "陈七", "王五", "李四", "褚九"}) {
            registry.createOwner(new NewOwner(name, "", "PY-1"));
        }
        assertThat(registry.find(new OwnerQuery("PY-1", OwnerQuery.OwnerSort.NAME, true, 0, 10)))
                .extracting(OwnerRow::name).containsExactly("陈七", "褚九", "李四", "王五", "赵六", "Anna");
        assertThat(registry.find(new OwnerQuery("PY-1", OwnerQuery.OwnerSort.NAME, false, 0, 2)))
                .extracting(OwnerRow::name).containsExactly("Anna", "赵六");
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
                .isInstanceOf(RegistryException.class).hasMessage("error.owner.name-required");
        createInDialog("", "9-0808", "");
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("The owner's name is required.");
        _setValue(_get(TextField.class, spec -> spec.withId("owner-name")), "名".repeat(101));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("Enter a name of at most 100 characters.");
        assertThat(onlyRowCount("9-0808")).isZero();
    }

    @Test
    void removingAVehicleNeedsAPlate() {
        assertThatThrownBy(() -> registry.removeVehicle(" ")).hasMessage("error.plate.required");
    }

    /** The create dialog and the contact dialog refuse the same numbers and take the same ones. */
    @Test
    void aPhoneNumberMustBeAMobileOrALandlineWhereverItIsTyped() {
        createInDialog("电话", "9-0909", "1380013800");
        assertThat(_get(FormDialog.class).errorText()).startsWith("A phone number is an 11-digit mobile number");
        assertThat(onlyRowCount("9-0909")).isZero();
        _setValue(_get(TextField.class, spec -> spec.withId("owner-phone")), "0731-8888 6666 转 12");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Owner 电话 created.");

        OwnerRow owner = onlyRow("9-0909");
        _click(_get(GridKt._getCellComponent(grid(), 0, "actions"), Button.class,
                spec -> spec.withId("owner-contact-" + owner.id())));
        _setValue(_get(TextField.class, spec -> spec.withId("contact-phone")), "8888 6666");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).startsWith("A phone number is an 11-digit mobile number");
        assertThat(contacts.of(owner.id()).phone()).isEqualTo("0731-8888 6666 转 12");
        _setValue(_get(TextField.class, spec -> spec.withId("contact-phone")), "+86 139 0731 0000");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Contact details of 电话 saved.");
        assertThat(contacts.of(owner.id()).phone()).isEqualTo("+86 139 0731 0000");
    }

    @Test
    void theImportDialogOffersATemplateInChineseThatReadsBackIn() throws java.io.IOException {
        _click(_get(Button.class, spec -> spec.withId("owners-import")));
        ImportDialog dialog = _get(ImportDialog.class);
        for (String format : List.of("xlsx", "csv")) {
            var link = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("import-template-" + format));
            assertThat(link.getText()).isEqualTo(format.equals("xlsx") ? "Template (Excel)" : "Template (CSV)");
            byte[] template = com.github.mvysny.kaributesting.v10.DownloadKt._download(link);
            java.nio.file.Path file = java.nio.file.Files.createTempFile("template", "." + format);
            try {
                java.nio.file.Files.write(file, template);
                List<List<String>> table = org.parkgate.base.TableFiles.read(file,
                        org.parkgate.base.TableFiles.Format.of(file.toString()), 10);
                assertThat(table.getFirst()).containsExactly("姓名", "电话", "房号", "车牌", "车型", "颜色");
                assertThat(table).hasSize(2);
            } finally {
                java.nio.file.Files.delete(file);
            }
            dialog.receive("template." + format, template);
            assertThat(dialog.summary.getText()).isEqualTo("1 rows: 1 can be imported, 0 have problems.");
        }
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

    /** Fills in the new-owner dialog and saves. */
    private static void createInDialog(String name, String unit, String phone) {
        _click(_get(Button.class, spec -> spec.withId("owners-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("owner-name")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("owner-unit")), unit);
        _setValue(_get(TextField.class, spec -> spec.withId("owner-phone")), phone);
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
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
