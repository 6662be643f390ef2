package org.parkgate.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box above a list: a magnifier, a clear button, and the list refreshed as one types. */
public class SearchField extends TextField {

    public SearchField(String id, String placeholder, Runnable onChange) {
        setId(id);
        setPlaceholder(placeholder);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setWidth("20em");
        setValueChangeMode(ValueChangeMode.LAZY);
        addValueChangeListener(change -> onChange.run());
    }
}
