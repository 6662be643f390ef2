package org.parkgate.lot.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.LotNames;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.Notifications;
import org.parkgate.base.ui.Translations;
import org.parkgate.lot.LotRules;
import org.parkgate.lot.LotRulesException;
import org.parkgate.lot.LotRulesService;
import org.parkgate.lot.PriceNotices;
import org.parkgate.lot.StoredLotRules;
import org.parkgate.lot.TariffWords;
import org.parkgate.security.Role;

/**
 * Each lot's rules, chosen by the lot's name: the visitor tariff and what the barrier does, with a
 * live preview of what typical stays cost (and the tariff in words) computed by the core from the
 * values as typed, before anything is saved. Saving applies them to the lot's lanes at once. The
 * printable price notice (收费公示) of the saved rules downloads here.
 */
@Route("lot-rules")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 913, title = "menu.lot-rules", icon = "vaadin:coin-piles")
final class LotRulesView extends VerticalLayout implements HasDynamicTitle {

    private final LotRulesService rules;
    private final LotNames lots;
    private final Clock clock;
    private final Select<String> lot = new Select<>();
    private final Span status = new Span();
    private final LotRulesForm form = new LotRulesForm();
    private final FeePreview preview;
    private @Nullable StoredLotRules shown;

    LotRulesView(LotRulesService rules, LotNames lots, TariffWords words, PriceNotices notices, Clock clock) {
        this.rules = rules;
        this.lots = lots;
        this.clock = clock;
        this.preview = new FeePreview(words, clock);
        addClassName("parkgate-view");
        if (lots.lotIds().isEmpty()) {
            var none = new Paragraph(getTranslation("lot-rules.no-lots"));
            none.setId("lot-rules-no-lots");
            add(none);
            return;
        }
        lot.setLabel(getTranslation("lot-rules.lot"));
        lot.setId("lot-rules-lot");
        lot.setItems(lots.lotIds());
        lot.setItemLabelGenerator(lots::lotName);
        lot.addValueChangeListener(change -> load(change.getValue()));
        status.setId("lot-rules-status");
        var intro = new Paragraph(getTranslation("lot-rules.intro"));
        intro.setId("lot-rules-intro");

        var save = new Button(getTranslation("action.save"), click -> save());
        save.setId("lot-rules-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var defaults = new Button(getTranslation("lot-rules.defaults"), click -> form.show(
                LotRules.defaults(currentLot(), rules.zone())));
        defaults.setId("lot-rules-defaults");
        defaults.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new HorizontalLayout(save, defaults, noticeLinks(notices));
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);

        form.onChange(this::recompute);
        // the preview and the save button stay in sight beside the long form while it scrolls
        var side = new VerticalLayout(preview, actions);
        side.setPadding(false);
        side.setWidth("24em");
        side.addClassName("parkgate-lot-rules-side");
        var body = new HorizontalLayout(form, side);
        body.setWidthFull();
        body.setFlexGrow(1, form);
        add(new HorizontalLayout(lot, status), intro, body);
        lot.setValue(lots.lotIds().getFirst());
    }

    /** The notice in the user's language, and in the other one; or why there is none. */
    private HorizontalLayout noticeLinks(PriceNotices notices) {
        var links = new HorizontalLayout();
        links.setAlignItems(Alignment.BASELINE);
        try {
            notices.requireFont();
        } catch (UserFacingException noFont) {
            var missing = new Span(getTranslation(noFont.messageKey(), noFont.arguments()));
            missing.setId("lot-rules-no-notice");
            links.add(missing);
            return links;
        }
        Locale mine = Translations.supported(getLocale());
        Locale other = mine.equals(Translations.CHINESE) ? Translations.ENGLISH : Translations.CHINESE;
        links.add(notice(notices, mine, "lot-rules-notice", getTranslation("lot-rules.notice")),
                notice(notices, other, "lot-rules-notice-other", getTranslation("lot-rules.notice.other")));
        return links;
    }

    private Anchor notice(PriceNotices notices, Locale locale, String id, String label) {
        var link = new Anchor((DownloadEvent download) -> {
            String lotId = currentLot();
            download.setFileName(PriceNotices.fileName(lotId, locale));
            download.setContentType("application/pdf");
            try (OutputStream out = download.getOutputStream()) {
                out.write(notices.pdf(lotId, locale));
            }
        }, label);
        link.setId(id);
        return link;
    }

    private void load(@Nullable String lotId) {
        if (lotId == null) {
            return;
        }
        shown = rules.stored(lotId);
        status.setText(shown.defaults() ? getTranslation("lot-rules.status.defaults")
                : getTranslation("lot-rules.status.saved", shown.version(), shown.changedBy(),
                        shown.changedAt() == null ? "" : DateTimes.format(shown.changedAt(), clock)));
        form.show(shown.rules());
        recompute();
    }

    /** The preview of the values as typed; a refusal is shown there and on its field. */
    private void recompute() {
        if (shown == null) {
            return;
        }
        try {
            LotRules typed = form.read(currentLot(), shown.rules().currency());
            preview.show(typed.policy(rules.zone()).tariff()); // every value checked, not only the tariff's
            form.mark(null);
        } catch (LotRulesException refused) {
            preview.refused(refused);
            form.mark(refused);
        }
    }

    private void save() {
        StoredLotRules before = shown;
        if (before == null) {
            return;
        }
        try {
            String changed = rules.save(form.read(currentLot(), before.rules().currency()), before.version());
            Notifications.success(changed.isEmpty() ? getTranslation("form.unchanged")
                    : getTranslation("lot-rules.saved", lots.lotName(currentLot())));
            load(currentLot());
        } catch (LotRulesException refused) {
            form.mark(refused);
            preview.refused(refused);
            Notifications.refused(this, refused);
        }
    }

    private String currentLot() {
        return lot.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lot-rules.title");
    }
}
