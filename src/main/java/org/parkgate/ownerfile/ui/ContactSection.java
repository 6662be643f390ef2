package org.parkgate.ownerfile.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import org.parkgate.ownerfile.OwnerCard;
import org.parkgate.registry.UnitRow;

/** How the owner is reached, and their unit with its building, area and who else is registered in it. */
class ContactSection extends Section {

    ContactSection(OwnerCard card) {
        super("owner-file-contact", "owner-file.contact");
        var form = new FormLayout();
        UnitRow unit = card.unit();
        field(form, "owner-file-unit", "owners.unit", card.owner().unit());
        field(form, "owner-file-building", "units.building", unit == null ? null : unit.building());
        field(form, "owner-file-area", "units.area", unit == null || unit.areaM2() == null ? null
                : unit.areaM2().toPlainString());
        field(form, "owner-file-unit-owners", "owner-file.unit-owners", unit == null ? null : unit.owners());
        field(form, "owner-file-phone", "owners.phone", card.contact().phone());
        field(form, "owner-file-email", "owners.email", card.contact().email());
        field(form, "owner-file-language", "owners.language",
                getTranslation("owners.language." + card.contact().language()));
        add(form);
    }

    private void field(FormLayout form, String id, String labelKey, Object value) {
        var text = new Span(orEmpty(value));
        text.setId(id);
        form.addFormItem(text, getTranslation(labelKey));
    }
}
