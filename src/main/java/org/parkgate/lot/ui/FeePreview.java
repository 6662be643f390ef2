package org.parkgate.lot.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import org.parkgate.access.VisitorTariff;
import org.parkgate.base.Money;
import org.parkgate.lot.LotRulesException;
import org.parkgate.lot.TariffWords;
import org.parkgate.lot.TypicalStays;

/**
 * What the rules as typed would charge: the tariff in words and the fees of the typical stays
 * (entering at 09:00 today), by the core's fee calculation; or, while a value is refused, the reason
 * in their place, never numbers of rules that cannot run.
 */
final class FeePreview extends VerticalLayout {

    private final TariffWords words;
    private final Clock clock;
    private final Paragraph sentence = new Paragraph();
    private final Grid<TypicalStays.Fee> fees = new Grid<>();
    private final Span error = new Span();

    FeePreview(TariffWords words, Clock clock) {
        this.words = words;
        this.clock = clock;
        setPadding(false);
        sentence.setId("lot-rules-words");
        fees.setId("lot-rules-preview");
        fees.setAllRowsVisible(true);
        fees.setWidthFull();
        fees.addColumn(fee -> words.duration(fee.minutes(), getLocale())).setHeader(getTranslation("lot-rules.stay"))
                .setKey("stay");
        fees.addColumn(fee -> Money.yuan(fee.fee())).setHeader(getTranslation("lot-rules.fee-yuan")).setKey("fee");
        error.setId("lot-rules-preview-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(new H3(getTranslation("lot-rules.preview", TypicalStays.ENTRY.toString())), sentence, error, fees);
    }

    void show(VisitorTariff tariff) {
        sentence.setText(words.sentence(tariff, getLocale()));
        fees.setItems(TypicalStays.fees(tariff, LocalDate.now(clock), clock.getZone()));
        sentence.setVisible(true);
        fees.setVisible(true);
        error.setVisible(false);
    }

    void refused(LotRulesException refused) {
        error.setText(getTranslation(refused.messageKey(), refused.arguments()));
        error.setVisible(true);
        sentence.setVisible(false);
        fees.setVisible(false);
    }
}
