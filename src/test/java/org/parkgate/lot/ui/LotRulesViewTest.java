package org.parkgate.lot.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.access.Lot;
import org.parkgate.access.LotPolicy.AntiPassback;
import org.parkgate.base.Money;
import org.parkgate.base.ui.Translations;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.lane.LaneController;
import org.parkgate.lane.Site;
import org.parkgate.lot.LotRules;
import org.parkgate.lot.LotRulesService;
import org.parkgate.lot.TypicalStays;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A manager sets the demo lot's rules in the browser: the preview shows the new fees before
 * saving, the next visitor pays them at the lane, the change is audited; bad values are refused in
 * words and change nothing; guards cannot open the page; the price notice says the tariff. Each
 * test puts the demo lot back on its default rules.
 */
class LotRulesViewTest extends KaribuTest {

    static final AtomicInteger PLATES = new AtomicInteger();

    @Autowired
    LotRulesService rules;
    @Autowired
    LaneController lanes;
    @Autowired
    Site site;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void theDemoLotRunsTheDefaultsAgain() {
        login("manager", Role.MANAGER);
        rules.save(LotRules.defaults("P1", rules.zone()), rules.stored("P1").version());
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void theNewFirstPeriodPriceShowsBeforeSavingAndTheNextVisitorPaysIt() {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("lot-rules");
        assertThat(_get(Select.class, spec -> spec.withId("lot-rules-lot")).getValue()).isEqualTo("P1");
        assertThat(preview(1)).containsExactly("2 hours", "5.00");

        _setValue(_get(BigDecimalField.class, spec -> spec.withId("lot-rules-first-price")), new BigDecimal("8.00"));
        assertThat(preview(1)).as("recomputed as typed").containsExactly("2 hours", "8.00");
        assertThat(preview(2)).as("8 h: 8.00 + 6 x 2.00, capped").containsExactly("8 hours", "20.00");
        assertThat(_get(Paragraph.class, spec -> spec.withId("lot-rules-words")).getText())
                .contains("8.00 yuan for the first 2 hours");
        assertThat(rules.stored("P1").rules().firstSegmentPrice()).as("nothing saved yet").isEqualTo(500);
        int inside = lot().inside();
        int auditedBefore = audited().size();

        _click(_get(Button.class, spec -> spec.withId("lot-rules-save")));
        NotificationsKt.expectNotifications(
                "The rules of 1号停车场 Lot P1 are saved; its lanes run them from the next vehicle.");
        assertThat(lot().policy().tariff().firstSegmentPrice()).as("the live lot runs them").isEqualTo(800);
        assertThat(lot().inside()).as("who is inside is kept").isEqualTo(inside);
        List<List<String>> entries = audited();
        assertThat(entries).hasSize(auditedBefore + 1);
        assertThat(entries.getLast()).containsExactly("manager", "P1", "first segment price 5.00 yuan -> 8.00 yuan");
        assertThat(_get(Span.class, spec -> spec.withId("lot-rules-status")).getText()).contains("saved by manager");

        String plate = "晋D" + (20000 + PLATES.incrementAndGet());
        assertThat(lanes.plateRead("in-1", plate, null, null).reason()).isEqualTo("VISITOR_ENTRY");
        clock.advance(Duration.ofHours(2));
        LaneAnswer out = lanes.plateRead("out-1", plate, null, null);
        assertThat(out.reason()).isEqualTo("VISITOR_FEE_DUE");
        assertThat(out.amountDue()).as("the new first period price").isEqualByComparingTo("8.00");
        login("guard", Role.GUARD);
        lanes.openByHand("out-1", plate, "测试结束 Test over"); // the test's visitor leaves the demo lot
    }

    @Test
    void badValuesAreRefusedInWordsOnTheFieldAndInThePreviewAndNothingIsSaved() {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("lot-rules");
        int version = rules.stored("P1").version();
        int auditedBefore = audited().size();

        var freeMinutes = _get(IntegerField.class, spec -> spec.withId("lot-rules-free-minutes"));
        _setValue(freeMinutes, -5);
        var error = _get(Span.class, spec -> spec.withId("lot-rules-preview-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Free minutes must be a whole number from 0 to 14400.");
        assertThat(_find(Grid.class, spec -> spec.withId("lot-rules-preview"))).as("no numbers").isEmpty();
        assertThat(freeMinutes.isInvalid()).isTrue();
        assertThat(freeMinutes.getErrorMessage()).isEqualTo(error.getText());
        _click(_get(Button.class, spec -> spec.withId("lot-rules-save")));
        NotificationsKt.expectNotifications("Free minutes must be a whole number from 0 to 14400.");

        _setValue(freeMinutes, 30);
        assertThat(error.isVisible()).isFalse();
        assertThat(freeMinutes.isInvalid()).isFalse();
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("lot-rules-step-price")), new BigDecimal("2.005"));
        assertThat(error.getText()).isEqualTo("\"Step price (yuan)\": at most two decimals (fen).");
        _click(_get(Button.class, spec -> spec.withId("lot-rules-save")));
        NotificationsKt.expectNotifications("\"Step price (yuan)\": at most two decimals (fen).");

        assertThat(rules.stored("P1").version()).as("nothing saved").isEqualTo(version);
        assertThat(rules.stored("P1").rules()).isEqualTo(LotRules.defaults("P1", rules.zone()));
        assertThat(lot().policy().tariff().freeMinutes()).isEqualTo(30);
        assertThat(audited()).hasSize(auditedBefore);

        // in a new tab in Chinese, a refusal in Chinese, with Chinese punctuation
        tearDownTab();
        setUpTab();
        login("manager", Role.MANAGER);
        UI.getCurrent().setLocale(Translations.CHINESE);
        UI.getCurrent().navigate("lot-rules");
        _setValue(_get(IntegerField.class, spec -> spec.withId("lot-rules-reserved")), -1);
        assertThat(_get(Span.class, spec -> spec.withId("lot-rules-preview-error")).getText())
                .isEqualTo("为月卡车保留的车位不能为负数。");
    }

    @Test
    void theBarrierChoicesAreOfferedAsDeliberateChoicesThatSayWhatHappens() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("lot-rules");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AntiPassback> passback = _get(RadioButtonGroup.class,
                spec -> spec.withId("lot-rules-anti-passback"));
        assertThat(passback.getValue()).isEqualTo(AntiPassback.SOFT);
        assertThat(passback.getItemLabelGenerator().apply(AntiPassback.STRICT))
                .contains("the guard must open by hand with a reason");
        assertThat(_get(Paragraph.class, spec -> spec.withId("lot-rules-barrier-note")).getText())
                .contains("no choice keeps a vehicle inside");

        _setValue(passback, AntiPassback.STRICT);
        _click(_get(Button.class, spec -> spec.withId("lot-rules-save")));
        assertThat(lot().policy().antiPassback()).isEqualTo(AntiPassback.STRICT);
        assertThat(audited().getLast()).containsExactly("admin", "P1", "anti-passback SOFT -> STRICT");
    }

    @Test
    void aGuardCannotOpenTheRulesNorSaveThem() {
        login("guard", Role.GUARD);
        UI.getCurrent().navigate("lot-rules");
        assertThat(_find(Select.class, spec -> spec.withId("lot-rules-lot"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("page-not-found")).getText())
                .isEqualTo("This page does not exist, or your role may not open it.");
        assertThatThrownBy(() -> rules.save(LotRules.defaults("P1", rules.zone()), rules.stored("P1").version()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void thePriceNoticeSaysTheLotTheTariffInWordsTheFeesAndTheDate() throws Exception {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("lot-rules");
        String english = pdfText("lot-rules-notice");
        assertThat(english).contains(squeezed("Parking fees"), squeezed("1号停车场 Lot P1"),
                squeezed("5.00 yuan for the first 2 hours"), squeezed("Then 2.00 yuan per hour begun"),
                squeezed("At most 20.00 yuan a calendar day"), squeezed("What a stay costs (entering at 09:00)"),
                squeezed("3 days"), squeezed("Posted on June 10, 2026"));
        for (TypicalStays.Fee fee : TypicalStays.fees(rules.tariff("P1"), LocalDate.now(clock), rules.zone())) {
            assertThat(english).contains(Money.yuan(fee.fee()) + "yuan");
        }
        String chinese = pdfText("lot-rules-notice-other");
        assertThat(chinese).contains("停车收费公示", squeezed("1号停车场 Lot P1"), "30分钟内离场免费，超时从入场起计费",
                "2小时内5.00元", "之后每1小时2.00元，不足1小时按1小时计", "每日最高20.00元", "参考收费（09:00入场）", "3天",
                "公示日期：2026年6月10日");
    }

    private String pdfText(String anchorId) throws Exception {
        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId(anchorId)));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return squeezed(new PDFTextStripper().getText(document));
        }
    }

    /** Without white space: lines wrapped on the page compare with the text they came from. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @SuppressWarnings("unchecked")
    private static List<String> preview(int row) {
        return GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("lot-rules-preview")), row);
    }

    private Lot lot() {
        return site.lots().stream().filter(lot -> lot.id().equals("P1")).findFirst().orElseThrow();
    }

    private List<List<String>> audited() {
        return jdbc.sql("SELECT actor, subject, detail FROM audit_event WHERE action = 'LOT_RULES_CHANGED' ORDER BY id")
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
