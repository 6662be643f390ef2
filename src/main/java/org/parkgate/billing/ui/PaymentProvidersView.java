package org.parkgate.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.base.LotNames;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.base.ui.Notifications;
import org.parkgate.billing.ProviderSetup;
import org.parkgate.billing.provider.InvalidProviderSettingsException;
import org.parkgate.billing.provider.ProviderSetting;
import org.parkgate.security.Role;

/**
 * Payment providers, for admins: each real provider's merchant settings (secrets are never shown
 * again: an empty secret keeps the stored one), Test connection, Remove; and where providers are
 * offered: the pay pages (the payer chooses when there are several) and each lot's lane QR codes.
 * A provider configured in the settings file is shown, can be tested, and cannot be changed here.
 */
@Route("payment-providers")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 914, title = "menu.payment-providers", icon = "vaadin:credit-card")
final class PaymentProvidersView extends VerticalLayout implements HasDynamicTitle {

    private final ProviderSetup setup;
    private final LotNames lots;

    PaymentProvidersView(ProviderSetup setup, LotNames lots) {
        this.setup = setup;
        this.lots = lots;
        addClassName("parkgate-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        var help = new Paragraph(getTranslation("providers.help"));
        help.setId("providers-help");
        add(help);
        List<ProviderSetup.ProviderForm> forms = setup.providers();
        if (forms.stream().anyMatch(form -> !form.secretsStored().isEmpty())) {
            var key = new Paragraph(getTranslation("providers.secret-key", setup.secretKeyId()));
            key.setId("providers-secret-key");
            add(key);
        }
        forms.forEach(form -> add(section(form)));
        add(offers());
    }

    private Component section(ProviderSetup.ProviderForm form) {
        String name = form.name();
        var heading = new H3(getTranslation("providers.name." + name));
        var status = new Span(getTranslation("providers.source." + form.source().name()));
        status.setId("providers-" + name + "-status");
        var section = new VerticalLayout(heading, status);
        section.setPadding(false);
        form.problem().ifPresent(problem -> {
            var broken = new Span(getTranslation(problem.messageKey(), problem.arguments()));
            broken.setId("providers-" + name + "-problem");
            broken.getStyle().set("color", "var(--lumo-error-text-color)");
            section.add(broken);
        });
        boolean fromFile = form.source() == ProviderSetup.Source.SETTINGS_FILE;
        Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
        var layout = new FormLayout();
        for (ProviderSetting setting : form.settings()) {
            var field = field(name, setting, form);
            field.setReadOnly(fromFile);
            fields.put(setting.name(), field);
            layout.add((Component) field);
        }
        var result = new Span();
        result.setId("providers-" + name + "-result");
        var test = new Button(getTranslation("providers.test"), click -> test(name, fields, result));
        test.setId("providers-" + name + "-test");
        var buttons = new HorizontalLayout(test);
        if (!fromFile) {
            var save = new Button(getTranslation("action.save"), click -> save(name, fields, result));
            save.setId("providers-" + name + "-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.addComponentAsFirst(save);
            if (form.source() == ProviderSetup.Source.PAGE) {
                var remove = new Button(getTranslation("providers.remove"), click -> Confirmation.ask(
                        getTranslation("providers.remove.title", getTranslation("providers.name." + name)),
                        getTranslation("providers.remove.explanation"), getTranslation("providers.remove"),
                        () -> {
                            setup.remove(name);
                            Notifications.success(getTranslation("providers.removed"));
                            refresh();
                        }));
                remove.setId("providers-" + name + "-remove");
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                buttons.add(remove);
            }
        }
        section.add(layout, buttons, result);
        return section;
    }

    private HasValue<?, String> field(String provider, ProviderSetting setting, ProviderSetup.ProviderForm form) {
        String label = getTranslation("providers." + provider + "." + setting.name());
        String id = "providers-" + provider + "-" + setting.name();
        if (setting.secret()) {
            var secret = new PasswordField(label);
            secret.setRevealButtonVisible(false);
            secret.setId(id);
            secret.setWidthFull();
            secret.setPlaceholder(form.secretsStored().contains(setting.name()) ? getTranslation("providers.secret.kept")
                    : getTranslation("providers.secret.none"));
            return secret;
        }
        String value = form.shown().getOrDefault(setting.name(), "");
        if (setting.multiline()) {
            var text = new TextArea(label);
            text.setId(id);
            text.setValue(value);
            text.setWidthFull();
            text.setMaxHeight("10em");
            text.setHelperText(getTranslation("providers.paste-pem"));
            return text;
        }
        var text = new TextField(label);
        text.setId(id);
        text.setValue(value);
        text.setWidthFull();
        text.setPlaceholder(setting.preset());
        return text;
    }

    private static Map<String, String> values(Map<String, HasValue<?, String>> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> values.put(name, field.getValue() == null ? "" : field.getValue()));
        return values;
    }

    private void save(String name, Map<String, HasValue<?, String>> fields, Span result) {
        try {
            if (Notifications.attempt(this, () -> setup.save(name, values(fields)))) {
                Notifications.success(getTranslation("providers.saved", getTranslation("providers.name." + name)));
                refresh();
            }
        } catch (InvalidProviderSettingsException invalid) {
            refused(name, invalid, result);
        }
    }

    /** Which setting cannot work, by its label, and why. */
    private void refused(String name, InvalidProviderSettingsException invalid, Span result) {
        result.setText(getTranslation("providers.invalid", getTranslation("providers." + name + "." + invalid.setting()),
                invalid.why()));
    }

    private void test(String name, Map<String, HasValue<?, String>> fields, Span result) {
        try {
            Notifications.attempt(this, () -> {
                ProviderSetup.ConnectionTest tested = setup.test(name, values(fields));
                result.setText(tested.works() ? getTranslation("providers.test.works")
                        : getTranslation("providers.test.failed", tested.detail()));
            });
        } catch (InvalidProviderSettingsException invalid) {
            refused(name, invalid, result);
        }
    }

    /** Which providers the pay pages offer, the first of them, and each lot's lane QR provider. */
    private Component offers() {
        List<String> configured = setup.configured();
        var section = new VerticalLayout(new H3(getTranslation("providers.offer")));
        section.setPadding(false);
        section.setId("providers-offer");
        if (configured.isEmpty()) {
            var none = new Paragraph(getTranslation("providers.offer.none"));
            none.setId("providers-offer-none");
            section.add(none);
            return section;
        }
        List<String> chosen = setup.offeredOnPayPages().stream().filter(configured::contains).toList();
        var payPages = new CheckboxGroup<String>(getTranslation("providers.offer.pay-pages"));
        payPages.setId("providers-offer-pay-pages");
        payPages.setItems(configured);
        payPages.setItemLabelGenerator(name -> getTranslation("providers.name." + name));
        payPages.setValue(new java.util.LinkedHashSet<>(chosen.isEmpty() ? configured : chosen));
        var first = new Select<String>();
        first.setLabel(getTranslation("providers.offer.first"));
        first.setId("providers-offer-first");
        first.setItems(configured);
        first.setItemLabelGenerator(name -> getTranslation("providers.name." + name));
        first.setValue(chosen.isEmpty() ? configured.getFirst() : chosen.getFirst());
        first.setHelperText(getTranslation("providers.offer.first.help"));
        var layout = new FormLayout(payPages, first);
        Map<String, Select<String>> lanes = new LinkedHashMap<>();
        for (String lot : lots.lotIds()) {
            var lane = new Select<String>();
            lane.setLabel(getTranslation("providers.offer.lane", lots.lotName(lot)));
            lane.setId("providers-offer-lane-" + lot);
            List<String> items = new ArrayList<>();
            items.add("");
            items.addAll(configured);
            lane.setItems(items);
            lane.setItemLabelGenerator(name -> name.isEmpty() ? getTranslation("providers.offer.lane.default")
                    : getTranslation("providers.name." + name));
            String current = setup.laneChoices().getOrDefault(lot, "");
            lane.setValue(items.contains(current) ? current : "");
            lanes.put(lot, lane);
            layout.add(lane);
        }
        var save = new Button(getTranslation("providers.offer.save"), click -> {
            List<String> offered = new ArrayList<>();
            if (payPages.getValue().contains(first.getValue())) {
                offered.add(first.getValue());
            }
            configured.stream().filter(payPages.getValue()::contains).filter(name -> !offered.contains(name))
                    .forEach(offered::add);
            Map<String, String> perLot = new LinkedHashMap<>();
            lanes.forEach((lot, lane) -> {
                if (lane.getValue() != null && !lane.getValue().isEmpty()) {
                    perLot.put(lot, lane.getValue());
                }
            });
            if (Notifications.attempt(this, () -> setup.offer(offered, perLot))) {
                Notifications.success(getTranslation("providers.offer.saved"));
                refresh();
            }
        });
        save.setId("providers-offer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(layout, save);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.payment-providers");
    }
}
