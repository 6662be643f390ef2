package org.parkgate.arrears.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.arrears.ArrearsRow;
import org.parkgate.arrears.CollectionNote;
import org.parkgate.security.Role;

/** The arrears list with the demo debtors: sorted, filtered by stage, notes kept per owner. */
class ArrearsViewTest extends KaribuTest {

    @Test
    void largestDebtsFirstAndEachStageFilters() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("arrears");
        List<ArrearsRow> rows = rows();
        assertThat(rows).extracting(row -> row.standing().amountDue()).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(rows).extracting(ArrearsRow::plates).contains("京A10003", "京A10004", "京A10005");

        @SuppressWarnings("unchecked")
        Select<String> stage = _get(Select.class, spec -> spec.withId("arrears-stage"));
        _setValue(stage, "SUSPENDED");
        assertThat(rows()).extracting(ArrearsRow::plates).contains("京A10005").doesNotContain("京A10003", "京A10004");
        _setValue(stage, "RESTRICTED");
        assertThat(rows()).extracting(ArrearsRow::plates).contains("京A10004").doesNotContain("京A10005");
    }

    @Test
    void aCollectionNoteIsKeptWithTheOwner() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("arrears");
        @SuppressWarnings("unchecked")
        Grid<ArrearsRow> grid = _get(Grid.class, spec -> spec.withId("arrears-grid"));
        int index = rows().stream().map(ArrearsRow::plates).toList().indexOf("京A10004");
        GridKt._clickItem(grid, index);
        @SuppressWarnings("unchecked")
        Grid<Object> history = _get(Grid.class, spec -> spec.withId("arrears-history"));
        assertThat(GridKt._getFormattedRow(history, 0)).contains("Active → Restricted");
        _setValue(_get(TextArea.class, spec -> spec.withId("arrears-note")), "上门催缴，业主答应月底前缴清");
        _click(_get(Button.class, spec -> spec.withId("arrears-add-note")));
        @SuppressWarnings("unchecked")
        Grid<CollectionNote> notes = _get(Grid.class, spec -> spec.withId("arrears-notes"));
        assertThat(GridKt._findAll(notes)).extracting(CollectionNote::notedBy, CollectionNote::text)
                .contains(Tuple.tuple("cashier", "上门催缴，业主答应月底前缴清"));
    }

    @SuppressWarnings("unchecked")
    private List<ArrearsRow> rows() {
        Grid<ArrearsRow> grid = _get(Grid.class, spec -> spec.withId("arrears-grid"));
        return GridKt._findAll(grid);
    }
}
