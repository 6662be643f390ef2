package org.parkgate.platelist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.access.Lot;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Translations;
import org.parkgate.lane.AccessIndex;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.lane.LaneController;
import org.parkgate.lane.Passage;
import org.parkgate.lane.Site;
import org.parkgate.platelist.NewPlateListing;
import org.parkgate.platelist.PlateListEntry;
import org.parkgate.platelist.PlateListException;
import org.parkgate.platelist.PlateListFilter;
import org.parkgate.platelist.PlateListKind;
import org.parkgate.platelist.PlateLists;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The blacklist and the always-allow list, kept in the browser and honoured by the real lanes at
 * once: refused with the blacklist's message, let in again after the entry ends, an ambulance
 * into a full lot and out without a fee, days that have not begun not counted; bad input refused
 * in words with nothing saved; every change audited; only managers and admins change the lists.
 */
class PlateListsViewTest extends KaribuTest {

    private static final AtomicInteger PLATES = new AtomicInteger();
    private static final String PREFIX = "蒙E6";

    @Autowired
    PlateLists lists;
    @Autowired
    LaneController lanes;
    @Autowired
    Site site;
    @Autowired
    AccessIndex accessIndex;
    @Autowired
    JdbcClient jdbc;

    /** A plate of this test class's own, never registered. */
    static String newPlate() {
        return PREFIX + "%04d".formatted(PLATES.incrementAndGet());
    }

    /** Nothing of this class's stays: its entries go, and the gate forgets them. */
    @AfterEach
    void removeTheEntriesMade() {
        clock.reset();
        if (jdbc.sql("DELETE FROM plate_list_entry WHERE plate LIKE ?").param(PREFIX + "%").update() > 0) {
            accessIndex.rebuild();
        }
    }

    @Test
    void aBlacklistedPlateIsRefusedAtTheEntranceUntilItsEntryEnds() {
        login("manager", Role.MANAGER);
        String plate = newPlate();
        LocalDate today = LocalDate.now(clock);
        UI.getCurrent().navigate("plate-lists");
        _click(_get(Button.class, spec -> spec.withId("plate-lists-add")));
        // typed as people type: lower case, a space, a dash; stored as the registry stores plates
        _setValue(_get(TextField.class, spec -> spec.withId("plate-list-plate")),
                plate.substring(0, 1) + plate.substring(1, 2).toLowerCase() + " " + plate.substring(2, 4) + "-"
                        + plate.substring(4));
        _setValue(_get(Select.class, spec -> spec.withId("plate-list-kind")), PlateListKind.BLACKLIST);
        _setValue(_get(TextField.class, spec -> spec.withId("plate-list-reason")), "多次冲卡 Forced the barrier");
        assertThat(_get(DatePicker.class, spec -> spec.withId("plate-list-from")).getValue()).isEqualTo(today);
        _click(_get(Button.class, spec -> spec.withId("plate-list-save")));
        assertThat(_find(FormDialog.class)).as("saved and closed").isEmpty();

        Grid<PlateListEntry> grid = grid();
        int row = rowOf(grid, plate);
        assertThat(GridKt._getFormattedRow(grid, row)).containsSequence(plate, "Blacklist", "多次冲卡 Forced the barrier",
                today.toString(), "Until ended", "In force");
        assertThat(GridKt._getFormattedRow(grid, row)).anySatisfy(cell -> assertThat(cell).startsWith("manager, "));

        LaneAnswer refused = lanes.plateRead("in-1", plate, 96, null);
        assertThat(refused.decision()).isEqualTo("DENY");
        assertThat(refused.reason()).isEqualTo("BLACKLISTED");
        assertThat(refused.message()).isEqualTo(plate + " 黑名单车辆，禁止入场，请联系物业");
        assertThat(site.lane("in-1").gate().state().display().lines()).containsExactly(refused.message(),
                plate + ": blocked, no entry. Please contact the office");
        UI.getCurrent().navigate("passages");
        _setValue(_get(TextField.class, spec -> spec.withId("passages-plate")), plate);
        @SuppressWarnings("unchecked")
        Grid<Passage> passages = _get(Grid.class, spec -> spec.withId("passages-grid"));
        assertThat(GridKt._getFormattedRow(passages, 0)).contains(plate, "Denied", "Blacklisted");
        UI.getCurrent().navigate("lanes");
        Div card = _get(Div.class, spec -> spec.withId("lane-last-in-1"));
        assertThat(card.getText()).isEqualTo(plate + " · Blacklisted");
        assertThat(card.getClassNames()).contains("parkgate-refused");

        UI.getCurrent().navigate("plate-lists");
        grid = grid();
        long id = GridKt._get(grid, rowOf(grid, plate)).id();
        _click(_get(GridKt._getCellComponent(grid, rowOf(grid, plate), "actions"), Button.class,
                spec -> spec.withId("plate-list-end-" + id)));
        _get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().contains(plate + " is no longer on this list (Blacklist)")));
        _click(_get(Button.class, spec -> spec.withId("confirm-yes")));
        assertThat(GridKt._findAll(grid()).stream().map(PlateListEntry::plate)).as("ended: history only")
                .doesNotContain(plate);
        _setValue(_get(Checkbox.class, spec -> spec.withId("plate-lists-with-ended")), true);
        assertThat(GridKt._getFormattedRow(grid(), rowOf(grid(), plate)))
                .anySatisfy(cell -> assertThat(cell).startsWith("Ended ").endsWith(" by manager"));

        clock.advance(Duration.ofSeconds(10)); // not a camera's re-push
        LaneAnswer in = lanes.plateRead("in-1", plate, 96, null);
        assertThat(in.reason()).as("applied at once").isEqualTo("VISITOR_ENTRY");
        assertThat(lanes.plateRead("out-1", plate, 96, null).reason()).isEqualTo("VISITOR_EXIT");

        assertThat(audit("PLATE_LISTED", plate)).isEqualTo("manager: blacklist from " + today
                + " until ended: 多次冲卡 Forced the barrier");
        assertThat(audit("PLATE_LISTING_ENDED", plate)).isEqualTo("manager: blacklist entry " + id + " (from " + today
                + " until ended: 多次冲卡 Forced the barrier) ended early");
    }

    @Test
    void anAlwaysAllowedPlateOpensAFullLotAndLeavesWithoutAFee() {
        login("manager", Role.MANAGER);
        String ambulance = newPlate();
        String visitor = newPlate();
        lists.add(new NewPlateListing(ambulance, PlateListKind.ALWAYS_ALLOW, "120 急救中心 Ambulance", LocalDate.now(clock),
                null));
        Lot lot = site.lane("in-1").lane().lot();
        int inside = lot.inside();
        lot.resetInside(lot.capacity());
        try {
            assertThat(lanes.plateRead("in-1", visitor, 96, null).reason()).isEqualTo("LOT_FULL");
            LaneAnswer in = lanes.plateRead("in-1", ambulance, 96, null);
            assertThat(in.decision()).isEqualTo("OPEN");
            assertThat(in.reason()).isEqualTo("ALWAYS_ALLOWED");
            assertThat(in.message()).isEqualTo(ambulance + " 请通行");

            clock.advance(Duration.ofHours(5)); // a visitor would owe for five hours
            LaneAnswer out = lanes.plateRead("out-1", ambulance, 96, null);
            assertThat(out.reason()).isEqualTo("ALWAYS_ALLOWED");
            assertThat(out.amountDue()).isNull();
        } finally {
            lot.resetInside(inside);
        }
    }

    @Test
    void anEntryThatStartsTomorrowDoesNotApplyToday() {
        login("admin", Role.ADMIN);
        String plate = newPlate();
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        UI.getCurrent().navigate("plate-lists");
        _click(_get(Button.class, spec -> spec.withId("plate-lists-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("plate-list-plate")), plate);
        _setValue(_get(TextField.class, spec -> spec.withId("plate-list-reason")), "明日起禁入 From tomorrow");
        _setValue(_get(DatePicker.class, spec -> spec.withId("plate-list-from")), tomorrow);
        _click(_get(Button.class, spec -> spec.withId("plate-list-save")));
        assertThat(GridKt._getFormattedRow(grid(), rowOf(grid(), plate))).contains("Starts later");

        assertThat(lanes.plateRead("in-1", plate, 96, null).reason()).isEqualTo("VISITOR_ENTRY");
        assertThat(lanes.plateRead("out-1", plate, 96, null).reason()).isEqualTo("VISITOR_EXIT");
        // the next morning, with no rebuild of the index in between: the read itself sees the day
        clock.set(tomorrow.atTime(8, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(lanes.plateRead("in-1", plate, 96, null).reason()).isEqualTo("BLACKLISTED");
    }

    @Test
    void aChangedLastDayReachesTheGateAndIsAuditedInWords() {
        login("manager", Role.MANAGER);
        String plate = newPlate();
        LocalDate today = LocalDate.now(clock);
        lists.add(new NewPlateListing(plate, PlateListKind.BLACKLIST, "纠纷 Dispute", today, null));
        UI.getCurrent().navigate("plate-lists");
        long id = GridKt._get(grid(), rowOf(grid(), plate)).id();
        _click(_get(GridKt._getCellComponent(grid(), rowOf(grid(), plate), "actions"), Button.class,
                spec -> spec.withId("plate-list-edit-" + id)));
        assertThat(_get(TextField.class, spec -> spec.withId("plate-list-plate")).isReadOnly()).isTrue();
        assertThat(_get(DatePicker.class, spec -> spec.withId("plate-list-from")).isReadOnly())
                .as("in force: its first day stays").isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("plate-list-reason")), "纠纷已调解 Dispute settled today");
        _setValue(_get(DatePicker.class, spec -> spec.withId("plate-list-until")), today);
        _click(_get(Button.class, spec -> spec.withId("plate-list-save")));
        assertThat(GridKt._getFormattedRow(grid(), rowOf(grid(), plate))).contains("纠纷已调解 Dispute settled today",
                today.toString());
        assertThat(audit("PLATE_LISTING_CHANGED", plate)).isEqualTo("manager: blacklist entry " + id
                + ": reason \"纠纷 Dispute\" -> \"纠纷已调解 Dispute settled today\"; from " + today
                + " until ended -> from " + today + " to " + today);

        assertThat(lanes.plateRead("in-1", plate, 96, null).reason()).as("its last day").isEqualTo("BLACKLISTED");
        clock.set(today.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(lanes.plateRead("in-1", plate, 96, null).reason()).as("ended yesterday")
                .isEqualTo("VISITOR_ENTRY");
        assertThat(lanes.plateRead("out-1", plate, 96, null).reason()).isEqualTo("VISITOR_EXIT");
    }

    @Test
    void badInputIsRefusedInTheUsersLanguageAndNothingIsSaved() {
        login("manager", Role.MANAGER);
        String plate = newPlate();
        LocalDate today = LocalDate.now(clock);
        lists.add(new NewPlateListing(plate, PlateListKind.BLACKLIST, "欠费逃逸 Left without paying", today, null));
        UI.getCurrent().navigate("plate-lists");
        _click(_get(Button.class, spec -> spec.withId("plate-lists-add")));

        _setValue(_get(TextField.class, spec -> spec.withId("plate-list-plate")), "京A1234O");
        _setValue(_get(TextField.class, spec -> spec.withId("plate-list-reason")), "test");
        assertRefused("Plate 京A1234O: the letter O is not used on plates.");

        String other = newPlate();
        _setValue(_get(TextField.class, spec -> spec.withId("plate-list-plate")), other);
        _setValue(_get(TextField.class, spec -> spec.withId("plate-list-reason")), "   ");
        assertRefused("A reason is required, at most 200 characters.");

        _setValue(_get(TextField.class, spec -> spec.withId("plate-list-reason")), "警车 Police");
        _setValue(_get(DatePicker.class, spec -> spec.withId("plate-list-from")), today.plusDays(5));
        _setValue(_get(DatePicker.class, spec -> spec.withId("plate-list-until")), today.plusDays(2));
        assertRefused("Valid until (" + today.plusDays(2) + ") must not be before valid from (" + today.plusDays(5)
                + ").");

        _setValue(_get(DatePicker.class, spec -> spec.withId("plate-list-from")), today.minusDays(1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("plate-list-until")), null);
        assertRefused("Valid from must be a day from today to " + today.plusYears(1) + ".");

        // on both lists at once: refused, whichever days overlap
        _setValue(_get(TextField.class, spec -> spec.withId("plate-list-plate")), plate);
        _setValue(_get(Select.class, spec -> spec.withId("plate-list-kind")), PlateListKind.ALWAYS_ALLOW);
        _setValue(_get(DatePicker.class, spec -> spec.withId("plate-list-from")), today.plusDays(30));
        assertRefused("Plate " + plate + " is already on the blacklist from " + today + " until ended. A plate is on "
                + "one list at a time: change or end that entry, or choose other days.");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-cancel")));

        UI.getCurrent().setLocale(Translations.CHINESE);
        assertThatThrownBy(() -> lists.add(new NewPlateListing(plate, PlateListKind.ALWAYS_ALLOW, "警车", today, null)))
                .isInstanceOfSatisfying(PlateListException.class, refused -> assertThat(UI.getCurrent()
                        .getTranslation(refused.messageKey(), refused.arguments()))
                        .isEqualTo("车牌 " + plate + " 已在黑名单中，自 " + today + " 起长期有效。一个车牌同一时间只能在一个名单中："
                                + "请修改或结束该记录，或选择其他日期。"));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM plate_list_entry WHERE plate IN (?, ?, '京A1234O')")
                .params(plate, other).query(Integer.class).single()).as("only the first entry").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'PLATE_LISTED' AND subject IN (?, ?)")
                .params(plate, other).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCashierCannotChangeTheListsAndAGuardOnlyReadsThem() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("plate-lists");
        assertThat(_find(Grid.class, spec -> spec.withId("plate-lists-grid"))).isEmpty();
        _get(Paragraph.class, spec -> spec.withId("page-not-found"));
        NewPlateListing listing = new NewPlateListing(newPlate(), PlateListKind.BLACKLIST, "收银员 Cashier",
                LocalDate.now(clock), null);
        assertThatThrownBy(() -> lists.add(listing)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> lists.list(PlateListFilter.CURRENT)).isInstanceOf(AuthorizationDeniedException.class);

        login("guard", Role.GUARD);
        UI.getCurrent().navigate("plate-lists");
        assertThat(GridKt._findAll(grid()).stream().map(PlateListEntry::plate)).as("the demo's lists")
                .contains("京A10007", "京A10008");
        assertThat(_find(Button.class, spec -> spec.withId("plate-lists-add"))).isEmpty();
        assertThat(grid().getColumnByKey("actions")).isNull();
        assertThatThrownBy(() -> lists.add(listing)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> lists.end(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM plate_list_entry WHERE plate = ?").param(listing.plate())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theListsCanBeFilteredByListAndPlate() {
        login("manager", Role.MANAGER);
        String blocked = newPlate();
        String allowed = newPlate();
        lists.add(new NewPlateListing(blocked, PlateListKind.BLACKLIST, "逃费 Fee dodging", LocalDate.now(clock), null));
        lists.add(new NewPlateListing(allowed, PlateListKind.ALWAYS_ALLOW, "消防 Fire engine", LocalDate.now(clock), null));
        UI.getCurrent().navigate("plate-lists");
        _setValue(_get(TextField.class, spec -> spec.withId("plate-lists-search")), PREFIX.toLowerCase());
        assertThat(plates()).contains(blocked, allowed).allMatch(plate -> plate.startsWith(PREFIX));
        _setValue(_get(Select.class, spec -> spec.withId("plate-lists-kind-filter")), PlateListKind.ALWAYS_ALLOW);
        assertThat(plates()).contains(allowed).doesNotContain(blocked);
        _setValue(_get(TextField.class, spec -> spec.withId("plate-lists-search")), blocked);
        assertThat(plates()).isEmpty();
    }

    private void assertRefused(String message) {
        _click(_get(Button.class, spec -> spec.withId("plate-list-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo(message);
    }

    private List<String> plates() {
        return GridKt._findAll(grid()).stream().map(PlateListEntry::plate).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<PlateListEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("plate-lists-grid"));
    }

    private static int rowOf(Grid<PlateListEntry> grid, String plate) {
        int row = GridKt._findAll(grid).stream().map(PlateListEntry::plate).toList().indexOf(plate);
        assertThat(row).as(plate + " listed").isNotNegative();
        return row;
    }

    /** The newest audit entry of this action about the plate, as "actor: detail". */
    private String audit(String action, String plate) {
        return jdbc.sql("SELECT actor, detail FROM audit_event WHERE action = ? AND subject = ? ORDER BY id DESC LIMIT 1")
                .params(action, plate).query((rs, row) -> rs.getString(1) + ": " + rs.getString(2)).single();
    }
}
