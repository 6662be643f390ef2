package org.parkgate.lot.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parkgate.base.LotNames;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.Notifications;
import org.parkgate.lot.AutoPayOffer;
import org.parkgate.lot.VisitorRules;
import org.parkgate.lot.VisitorRulesService;
import org.parkgate.security.Role;

/**
 * Per lot, what owners may do in the portal: how many visitors they register a month, how long
 * each, how those are charged, and whether the lot's invoices may be paid automatically.
 */
@Route("visitor-rules")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 915, title = "menu.visitor-rules", icon = "vaadin:user-clock")
final class VisitorRulesView extends VerticalLayout implements HasDynamicTitle {

    private final VisitorRulesService service;
    final Select<String> lot = new Select<>();
    final IntegerField perMonth = new IntegerField();
    final IntegerField maxHours = new IntegerField();
    final Select<VisitorRules.Billing> billing = new Select<>();
    final Span error = new Span();
    final Checkbox autoPay = new Checkbox();
    private final AutoPayOffer offer;

    VisitorRulesView(VisitorRulesService service, AutoPayOffer offer, LotNames lots) {
        this.service = service;
        this.offer = offer;
        autoPay.setLabel(getTranslation("visitor-rules.autopay"));
        autoPay.setId("visitor-rules-autopay");
        addClassName("parkgate-view");
        lot.setLabel(getTranslation("visitor-rules.lot"));
        lot.setItems(lots.lotIds());
        lot.setItemLabelGenerator(lots::lotName);
        lot.setId("visitor-rules-lot");
        lot.addValueChangeListener(change -> show(service.rules(change.getValue())));
        perMonth.setLabel(getTranslation("visitor-rules.per-month"));
        perMonth.setId("visitor-rules-per-month");
        maxHours.setLabel(getTranslation("visitor-rules.max-hours"));
        maxHours.setId("visitor-rules-max-hours");
        billing.setLabel(getTranslation("visitor-rules.billing"));
        billing.setItems(VisitorRules.Billing.values());
        billing.setItemLabelGenerator(b -> getTranslation("visitor-rules.billing." + b.name()));
        billing.setId("visitor-rules-billing");
        error.setId("visitor-rules-error");
        error.addClassName("parkgate-alarm");
        var save = new Button(getTranslation("action.save"), click -> save());
        save.setId("visitor-rules-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(lot, perMonth, maxHours, billing, autoPay);
        form.setMaxWidth("40em");
        add(form, error, save);
        lot.setValue(lots.lotIds().getFirst());
    }

    private void show(VisitorRules rules) {
        perMonth.setValue(rules.perMonth());
        maxHours.setValue(rules.maxHours());
        billing.setValue(rules.billing());
        autoPay.setValue(offer.offered(rules.lot()));
        error.setText("");
    }

    private void save() {
        try {
            service.save(new VisitorRules(lot.getValue(), perMonth.getValue() == null ? -1 : perMonth.getValue(),
                    billing.getValue(), maxHours.getValue() == null ? 0 : maxHours.getValue()));
            offer.offer(lot.getValue(), autoPay.getValue());
            error.setText("");
            Notifications.success(getTranslation("visitor-rules.saved"));
        } catch (UserFacingException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.visitor-rules");
    }
}
