package org.parkgate.lot.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.LotPolicy.AntiPassback;
import org.parkgate.access.LotPolicy.RestrictedEntry;
import org.parkgate.access.LotPolicy.RestrictedExit;
import org.parkgate.access.Setting;
import org.parkgate.access.VisitorTariff.CapPeriod;
import org.parkgate.access.VisitorTariff.FreeTime;
import org.parkgate.access.VisitorTariff.Night;
import org.parkgate.base.Money;
import org.parkgate.lot.LotRules;
import org.parkgate.lot.LotRulesException;

/**
 * The fields of a lot's rules: the visitor tariff, then what the barrier does (the enforcement
 * choices, each option saying what it means at the barrier). Every field has a label and a helper
 * text; a value the core refuses is marked on its field with the reason. Reading the fields never
 * checks them: that is the core's job ({@link LotRules#policy}).
 */
final class LotRulesForm extends VerticalLayout {

    private final Select<FreeTime> freeTime = choice("free-time", FreeTime.values());
    private final IntegerField freeMinutes = whole("free-minutes");
    private final IntegerField firstSegmentMinutes = whole("first-minutes");
    private final BigDecimalField firstSegmentPrice = yuan("first-price");
    private final IntegerField stepMinutes = whole("step-minutes");
    private final BigDecimalField stepPrice = yuan("step-price");
    private final Select<CapPeriod> capPeriod = choice("cap-period", CapPeriod.values());
    private final BigDecimalField dailyCap = yuan("daily-cap");
    private final Select<Night> night = choice("night", Night.values());
    private final TimePicker nightStart = time("night-start");
    private final TimePicker nightEnd = time("night-end");
    private final BigDecimalField nightPrice = yuan("night-price");
    private final IntegerField reentryMinutes = whole("reentry");
    private final RadioButtonGroup<RestrictedEntry> restrictedEntry = decision("restricted-entry",
            RestrictedEntry.values());
    private final RadioButtonGroup<RestrictedExit> restrictedExit = decision("restricted-exit",
            RestrictedExit.values());
    private final RadioButtonGroup<AntiPassback> antiPassback = decision("anti-passback", AntiPassback.values());
    private final Checkbox visitorsAllowed = new Checkbox();
    private final IntegerField reservedForPassHolders = whole("reserved");
    private final IntegerField expiryWarningDays = whole("expiry-warning");
    private final IntegerField fuzzyMinConfidence = whole("fuzzy");
    private final IntegerField prepaidGraceMinutes = whole("prepaid-grace");

    /** Where the core's refusal of each setting is shown. */
    private final Map<Setting, List<HasValidation>> fieldsOf = new EnumMap<>(Setting.class);
    private final List<HasValue<?, ?>> all = new ArrayList<>();

    LotRulesForm() {
        setPadding(false);
        labelled(visitorsAllowed, "visitors");
        visitorsAllowed.setId("lot-rules-visitors");
        fieldsOf.put(Setting.FREE_MINUTES, List.of(freeMinutes));
        fieldsOf.put(Setting.FIRST_SEGMENT_MINUTES, List.of(firstSegmentMinutes));
        fieldsOf.put(Setting.FIRST_SEGMENT_PRICE, List.of(firstSegmentPrice));
        fieldsOf.put(Setting.STEP_MINUTES, List.of(stepMinutes));
        fieldsOf.put(Setting.STEP_PRICE, List.of(stepPrice));
        fieldsOf.put(Setting.DAILY_CAP, List.of(dailyCap));
        fieldsOf.put(Setting.NIGHT_WINDOW, List.of(nightStart, nightEnd));
        fieldsOf.put(Setting.NIGHT_PRICE, List.of(nightPrice));
        fieldsOf.put(Setting.REENTRY_MINUTES, List.of(reentryMinutes));
        fieldsOf.put(Setting.RESERVED_FOR_PASS_HOLDERS, List.of(reservedForPassHolders));
        fieldsOf.put(Setting.EXPIRY_WARNING_DAYS, List.of(expiryWarningDays));
        fieldsOf.put(Setting.FUZZY_MIN_CONFIDENCE, List.of(fuzzyMinConfidence));
        fieldsOf.put(Setting.PREPAID_GRACE_MINUTES, List.of(prepaidGraceMinutes));
        all.addAll(List.of(freeTime, freeMinutes, firstSegmentMinutes, firstSegmentPrice, stepMinutes, stepPrice,
                capPeriod, dailyCap, night, nightStart, nightEnd, nightPrice, reentryMinutes, restrictedEntry,
                restrictedExit, antiPassback, visitorsAllowed, reservedForPassHolders, expiryWarningDays,
                fuzzyMinConfidence, prepaidGraceMinutes));
        night.addValueChangeListener(change -> nightFieldsFollow());

        var tariff = new FormLayout(freeMinutes, freeTime, firstSegmentMinutes, firstSegmentPrice, stepMinutes,
                stepPrice, capPeriod, dailyCap, night, nightPrice, nightStart, nightEnd, reentryMinutes);
        // the free time and what happens after it, each a whole row: the choice's words are long
        tariff.setColspan(freeMinutes, 2);
        tariff.setColspan(freeTime, 2);
        var barrier = new FormLayout(restrictedEntry, restrictedExit, antiPassback, visitorsAllowed,
                reservedForPassHolders, expiryWarningDays, fuzzyMinConfidence, prepaidGraceMinutes);
        barrier.setColspan(restrictedEntry, 2);
        barrier.setColspan(restrictedExit, 2);
        barrier.setColspan(antiPassback, 2);
        var law = new Paragraph(getTranslation("lot-rules.barrier.note"));
        law.setId("lot-rules-barrier-note");
        add(new H3(getTranslation("lot-rules.tariff")), tariff, new H3(getTranslation("lot-rules.barrier")), law,
                barrier);
    }

    /** Shows {@code rules} in the fields and clears every mark. */
    void show(LotRules rules) {
        freeTime.setValue(rules.freeTime());
        freeMinutes.setValue(rules.freeMinutes());
        firstSegmentMinutes.setValue(rules.firstSegmentMinutes());
        firstSegmentPrice.setValue(Money.decimal(rules.firstSegmentPrice()));
        stepMinutes.setValue(rules.stepMinutes());
        stepPrice.setValue(Money.decimal(rules.stepPrice()));
        capPeriod.setValue(rules.capPeriod());
        dailyCap.setValue(Money.decimal(rules.dailyCap()));
        night.setValue(rules.night());
        nightStart.setValue(minuteOfDay(rules.nightStartMinute()));
        nightEnd.setValue(minuteOfDay(rules.nightEndMinute()));
        nightPrice.setValue(Money.decimal(rules.nightPrice()));
        reentryMinutes.setValue(rules.reentryMinutes());
        restrictedEntry.setValue(rules.restrictedEntry());
        restrictedExit.setValue(rules.restrictedExit());
        antiPassback.setValue(rules.antiPassback());
        visitorsAllowed.setValue(rules.visitorsAllowed());
        reservedForPassHolders.setValue(rules.reservedForPassHolders());
        expiryWarningDays.setValue(rules.expiryWarningDays());
        fuzzyMinConfidence.setValue(rules.fuzzyMinConfidence());
        prepaidGraceMinutes.setValue(rules.prepaidGraceMinutes());
        nightFieldsFollow();
        mark(null);
    }

    /**
     * The rules as typed, unchecked. An empty or unreadable number is read as -1, which the core
     * refuses with the field's own reason.
     *
     * @throws LotRulesException an amount with more than two decimals, or one not typed at all
     */
    LotRules read(String lot, Currency currency) {
        return new LotRules(lot, currency, freeTime.getValue(), number(freeMinutes), number(firstSegmentMinutes),
                fen(firstSegmentPrice, Setting.FIRST_SEGMENT_PRICE), number(stepMinutes),
                fen(stepPrice, Setting.STEP_PRICE), capPeriod.getValue(), fen(dailyCap, Setting.DAILY_CAP),
                night.getValue(), minutes(nightStart), minutes(nightEnd), nightPriceFen(), number(reentryMinutes),
                restrictedEntry.getValue(), restrictedExit.getValue(), visitorsAllowed.getValue(),
                number(reservedForPassHolders), antiPassback.getValue(), number(expiryWarningDays),
                number(fuzzyMinConfidence), number(prepaidGraceMinutes));
    }

    /** Runs {@code listener} after every change of any field, as the user types. */
    void onChange(Runnable listener) {
        all.forEach(field -> field.addValueChangeListener(change -> listener.run()));
    }

    /** Marks the field(s) of the refused setting with the reason; null: clears every mark. */
    void mark(@Nullable LotRulesException refused) {
        fieldsOf.values().forEach(fields -> fields.forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }));
        if (refused != null && refused.setting() != null) {
            for (HasValidation field : fieldsOf.getOrDefault(refused.setting(), List.of())) {
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                field.setInvalid(true);
            }
        }
    }

    /** The night's times only count with a night rule, its price only with a flat price per night. */
    private void nightFieldsFollow() {
        boolean hasNight = night.getValue() != null && night.getValue() != Night.NONE;
        nightStart.setEnabled(hasNight);
        nightEnd.setEnabled(hasNight);
        nightPrice.setEnabled(night.getValue() == Night.FLAT);
    }

    /** Only a flat price per night has a night price. */
    private long nightPriceFen() {
        return night.getValue() == Night.FLAT ? fen(nightPrice, Setting.NIGHT_PRICE) : 0;
    }

    private static int number(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    /** Minutes after midnight; an empty time is -1, which a night rule refuses (without one it counts for nothing). */
    private int minutes(TimePicker field) {
        if (field.getValue() == null) {
            return night.getValue() == Night.NONE ? 0 : -1;
        }
        return field.getValue().getHour() * 60 + field.getValue().getMinute();
    }

    private static LocalTime minuteOfDay(int minutes) {
        return minutes >= 0 && minutes < 1440 ? LocalTime.ofSecondOfDay(minutes * 60L) : LocalTime.MIDNIGHT;
    }

    private static long fen(BigDecimalField field, Setting setting) {
        BigDecimal yuan = field.getValue();
        if (yuan == null) {
            throw new LotRulesException(setting, "lot-rules.error.amount-missing", field.getLabel());
        }
        try {
            return Money.fen(yuan);
        } catch (IllegalArgumentException moreThanFen) {
            throw new LotRulesException(setting, "lot-rules.error.amount-decimals", field.getLabel());
        }
    }

    private void labelled(Checkbox box, String name) {
        box.setLabel(getTranslation("lot-rules.field." + name));
        box.setHelperText(getTranslation("lot-rules.field." + name + ".help"));
    }

    private IntegerField whole(String name) {
        var field = new IntegerField(getTranslation("lot-rules.field." + name));
        setUp(field, name);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setManualValidation(true);
        return field;
    }

    private BigDecimalField yuan(String name) {
        var field = new BigDecimalField(getTranslation("lot-rules.field." + name));
        setUp(field, name);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setManualValidation(true);
        return field;
    }

    private TimePicker time(String name) {
        var field = new TimePicker(getTranslation("lot-rules.field." + name));
        setUp(field, name);
        field.setStep(Duration.ofMinutes(15));
        field.setManualValidation(true);
        return field;
    }

    private <E extends Enum<E>> Select<E> choice(String name, E[] values) {
        var field = new Select<E>();
        field.setLabel(getTranslation("lot-rules.field." + name));
        field.setItems(values);
        field.setItemLabelGenerator(value -> getTranslation("lot-rules." + name + "." + value.name()));
        setUp(field, name);
        return field;
    }

    /** A deliberate choice: every option in full, saying what it means at the barrier. */
    private <E extends Enum<E>> RadioButtonGroup<E> decision(String name, E[] values) {
        var field = new RadioButtonGroup<E>(getTranslation("lot-rules.field." + name));
        field.setItems(values);
        field.setItemLabelGenerator(value -> getTranslation("lot-rules." + name + "." + value.name()));
        field.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        setUp(field, name);
        return field;
    }

    private <F extends Component & HasHelper> void setUp(F field, String name) {
        field.setHelperText(getTranslation("lot-rules.field." + name + ".help"));
        field.setId("lot-rules-" + name);
    }
}
