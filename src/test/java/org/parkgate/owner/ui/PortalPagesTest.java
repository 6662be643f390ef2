package org.parkgate.owner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.OwnerPayLinks;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.Rate;
import org.parkgate.owner.TextedCodes;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.OwnerAccess;
import org.parkgate.security.OwnerPrincipal;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The owners' portal as an owner uses it on their phone: sign in, see what is owed, pay, receipts, the pay link. */
class PortalPagesTest extends KaribuTest {

    @Autowired
    RegistryService registry;

    @Autowired
    PassService passes;

    @Autowired
    PaymentService payments;

    @Autowired
    OwnerPayLinks links;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.parkgate.lane.LaneController lanes;

    /** An owner with a monthly pass of 80 yuan sold today, unpaid. */
    private long ownerOwing(String name, String phone, String plate) {
        login("manager", Role.MANAGER, Role.CASHIER);
        long plan = passes.createPlan(new NewPassPlan("门户月卡" + plate, PassPeriod.MONTH, 8000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        long owner = registry.createOwner(new NewOwner(name, phone, "PORTAL-" + plate.substring(plate.length() - 3)));
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        passes.sell(owner, plan, List.of(plate), LocalDate.now(clock));
        SecurityContextHolder.clearContext();
        return owner;
    }

    /** Signs in as a phone would, from an address of the test's own (the limits count per address). */
    private void signInOnThePage(String mobile) {
        openTabFrom("10.18." + mobile.substring(7, 9) + "." + mobile.substring(9));
        UI.getCurrent().navigate("owner/sign-in");
        _setValue(_get(TextField.class, spec -> spec.withId("owner-mobile")), mobile);
        _click(_get(Button.class, spec -> spec.withId("owner-send-code")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("owner-sign-in-status")).getText())
                .isEqualTo("If this number is registered with the office, a code is on its way. It is valid for 5 minutes.");
        _setValue(_get(TextField.class, spec -> spec.withId("owner-code")), TextedCodes.first(mobile));
        _click(_get(Button.class, spec -> spec.withId("owner-sign-in")));
        reloadTab();
    }

    @Test
    void anOwnerSignsInWithTheTextedCodeAndSeesWhatIsOwedTheirPassAndStage() {
        long owner = ownerOwing("门户业主", "13900180001", "甘B18001");

        signInOnThePage("13900180001");

        assertThat(OwnerAccess.principal().map(OwnerPrincipal::current)).contains(owner);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("owner");
        assertThat(_get(Span.class, spec -> spec.withId("owner-who")).getText()).isEqualTo("门户业主 · PORTAL-001");
        assertThat(_get(Span.class, spec -> spec.withId("portal-owed")).getText()).isEqualTo("Owed today: 80.00 yuan");
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-stage")).getText())
                .isEqualTo("Your account is in order.");
        String period = LocalDate.now(clock) + " to " + PassPeriod.MONTH.lastDay(LocalDate.now(clock));
        assertThat(_find(Div.class, spec -> spec.withClasses("parkgate-owner-card")).stream().map(card -> card.getElement().getTextRecursively()))
                .anySatisfy(card -> assertThat(card).contains("甘B18001").contains(period));
    }

    @Test
    void anUnknownNumberIsToldTheSameAndStaysSignedOut() {
        openTabFrom("10.18.0.99");
        UI.getCurrent().navigate("owner/sign-in");
        _setValue(_get(TextField.class, spec -> spec.withId("owner-mobile")), "13900180099");
        _click(_get(Button.class, spec -> spec.withId("owner-send-code")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("owner-sign-in-status")).getText())
                .isEqualTo("If this number is registered with the office, a code is on its way. It is valid for 5 minutes.");
        _setValue(_get(TextField.class, spec -> spec.withId("owner-code")), "123456");
        _click(_get(Button.class, spec -> spec.withId("owner-sign-in")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("owner-sign-in-status")).getText())
                .isEqualTo("That code is not right. 4 more tries.");
        assertThat(OwnerAccess.principal()).isEmpty();
    }

    @Test
    void aPortalPageOpenedSignedOutGoesToTheOwnersSignIn() {
        UI.getCurrent().navigate("owner/pay");
        assertThat(_find(TextField.class, spec -> spec.withId("owner-mobile"))).hasSize(1);
    }

    @Test
    void payingEverythingOpensThePayPageOfAnOrderForTheAmountOwed() {
        long owner = ownerOwing("门户缴费", "13900180011", "甘B18011");
        loginOwner(new OwnerPrincipal("13900180011", List.of(owner), null));

        UI.getCurrent().navigate("owner/pay");
        assertThat(_get(Span.class, spec -> spec.withId("portal-pay-owed")).getText()).isEqualTo("Owed today: 80.00 yuan");
        _click(_get(Button.class, spec -> spec.withId("portal-pay-all")));

        assertThat(_get(Span.class, spec -> spec.withId("pay-amount")).getText()).isEqualTo("80.00 yuan");
        assertThat(jdbc.sql("SELECT amount FROM payment_order WHERE owner = ? AND purpose = 'ARREARS'").param(owner)
                .query(Long.class).list()).containsExactly(8000L);
    }

    @Test
    void theReceiptsAreOfTheOwnersOwnPaymentsOnly() {
        long owner = ownerOwing("门户收据", "13900180021", "甘B18021");
        long other = ownerOwing("别人收据", "13900180022", "甘B18022");
        login("cashier", Role.CASHIER);
        long own = payments.recordAtCounter(owner, 8000, PaymentMethod.CASH, null);
        long notOwn = payments.recordAtCounter(other, 8000, PaymentMethod.CASH, null);
        SecurityContextHolder.clearContext();
        loginOwner(new OwnerPrincipal("13900180021", List.of(owner), null));

        UI.getCurrent().navigate("owner/pay");
        assertThat(_get(Span.class, spec -> spec.withId("portal-pay-owed")).getText()).isEqualTo("Nothing to pay today");
        assertThat(_get(Anchor.class, spec -> spec.withId("portal-receipt-" + own)).getHref())
                .isEqualTo("owner/receipts/" + own);
        assertThat(_find(Anchor.class, spec -> spec.withId("portal-receipt-" + notOwn))).isEmpty();

        UI.getCurrent().navigate("owner/receipts/" + own);
        assertThat(_get(Div.class, spec -> spec.withId("receipt-items")).getElement().getTextRecursively())
                .contains("甘B18021");
        UI.getCurrent().navigate("owner/receipts/" + notOwn);
        assertThat(_find(Div.class, spec -> spec.withId("receipt-items"))).isEmpty();
        assertThat(_get(Paragraph.class).getText()).isEqualTo("This payment does not exist.");
    }

    @Test
    void replacingThePayLinkStopsTheOldOneAtOnce() {
        long owner = ownerOwing("门户链接", "13900180031", "甘B18031");
        loginOwner(new OwnerPrincipal("13900180031", List.of(owner), null));
        UI.getCurrent().navigate("owner/account");
        String old = _get(Span.class, spec -> spec.withId("portal-pay-link")).getText();
        assertThat(links.bill(old.replaceAll(".*/pay-owner/", ""))).isNotNull();

        _click(_get(Button.class, spec -> spec.withId("portal-replace-link")));
        _click(_get(Button.class, spec -> spec.withId("confirm-yes")));

        String replaced = _get(Span.class, spec -> spec.withId("portal-pay-link")).getText();
        assertThat(replaced).isNotEqualTo(old);
        assertThat(links.bill(old.replaceAll(".*/pay-owner/", ""))).isNull();
        assertThat(links.bill(replaced.replaceAll(".*/pay-owner/", ""))).isNotNull();
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE action = 'PAY_LINK_REPLACED' AND subject = ?")
                .param("owner " + owner).query(String.class).list()).containsExactly("owner:" + owner);
    }

    @Test
    void anOwnerWhoseNumberHasTwoRecordsChoosesOneBeforeAnythingElse() {
        long first = ownerOwing("两户甲", "13900180041", "甘B18041");
        login("cashier", Role.CASHIER);
        long second = registry.createOwner(new NewOwner("两户乙", "13900180041", "PORTAL-999"));
        SecurityContextHolder.clearContext();
        loginOwner(new OwnerPrincipal("13900180041", List.of(first, second), null));

        UI.getCurrent().navigate("owner");
        assertThat(_find(Span.class, spec -> spec.withId("portal-owed"))).as("not before choosing").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("portal-choose-" + second)));

        assertThat(OwnerAccess.principal().map(OwnerPrincipal::current)).contains(second);
        reloadTab();
        UI.getCurrent().navigate("owner");
        assertThat(_get(Span.class, spec -> spec.withId("portal-owed")).getText()).isEqualTo("Nothing to pay today");
    }

    @Test
    void thePassagesAreTheOwnVehiclesOfTheLast90DaysWithWhyTheBarrierStayedDown() {
        long owner = ownerOwing("门户进出", "13900180051", "甘B18051");
        ownerOwing("别人进出", "13900180052", "甘B18052");
        clock.advance(java.time.Duration.ofDays(-91));
        lanes.plateRead("in-1", "甘B18051", 95, null); // too long ago to be shown
        clock.advance(java.time.Duration.ofDays(91));
        lanes.plateRead("in-1", "甘B18051", 95, null);
        lanes.plateRead("in-1", "甘B18052", 95, null);
        loginOwner(new OwnerPrincipal("13900180051", List.of(owner), null));

        UI.getCurrent().navigate("owner/passages");

        var cards = _find(Div.class, spec -> spec.withClasses("parkgate-owner-card")).stream()
                .map(card -> card.getElement().getTextRecursively()).toList();
        assertThat(cards).hasSize(1);
        assertThat(cards.getFirst()).contains("甘B18051", "in", "东门入口 East entrance");
    }

    @Test
    void aRefusalShowsThePlatePictureTheCameraTook() throws Exception {
        long owner = ownerOwing("门户拒绝", "13900180091", "甘B18091");
        login("manager", Role.MANAGER);
        var lists = context.getBean(org.parkgate.platelist.PlateLists.class);
        long listed = lists.add(new org.parkgate.platelist.NewPlateListing("甘B18091",
                org.parkgate.platelist.PlateListKind.BLACKLIST, "test: refused at the lane", java.time.LocalDate.now(clock), null));
        var picture = new org.parkgate.lane.Snapshot(org.parkgate.lane.Snapshot.Kind.PLATE,
                org.parkgate.TestPictures.jpeg(64, 24, 71), org.parkgate.lane.Snapshot.Format.JPEG);
        org.parkgate.lane.LaneAnswer refused;
        try {
            lanes.plateRead("out-1", "甘B18091", 95, null); // refused as well, but the camera sent no picture
            clock.advance(java.time.Duration.ofSeconds(30));
            refused = lanes.plateRead("in-1", "甘B18091", 95, null, List.of(picture));
        } finally {
            lists.end(listed);
            SecurityContextHolder.clearContext();
        }
        assertThat(refused.opens()).as(refused.reason()).isFalse();
        loginOwner(new OwnerPrincipal("13900180091", List.of(owner), null));

        UI.getCurrent().navigate("owner/passages");

        var image = _get(com.vaadin.flow.component.html.Image.class,
                spec -> spec.withId("portal-passage-picture-" + refused.passageId()));
        assertThat(image.getSrc()).isNotBlank();
        assertThat(_find(com.vaadin.flow.component.html.Image.class)).as("only the refusal's").hasSize(1);
    }

    @Test
    void theFreeSpacesAreTheLotsNowAndForTheNextTwelveHours() {
        long owner = ownerOwing("门户车位", "13900180061", "甘B18061");
        loginOwner(new OwnerPrincipal("13900180061", List.of(owner), null));
        var lot = context.getBean(org.parkgate.lane.Site.class).lots().iterator().next();
        int free = lot.capacity() - lot.inside();

        UI.getCurrent().navigate("owner/spaces");

        assertThat(_get(Span.class, spec -> spec.withId("portal-free-P1")).getText())
                .isEqualTo(free + " of " + lot.capacity() + " free");
        var next = _get(Div.class, spec -> spec.withId("portal-forecast-P1")).getChildren().toList();
        assertThat(next).hasSize(12);
        assertThat(UI.getCurrent().getPollInterval()).as("refreshed while open").isEqualTo(15_000);
    }

    @Test
    void autoPayIsSwitchedOnWithACapAndOffAgainOnThePayPage() {
        long owner = ownerOwing("门户自动", "13900180071", "甘B18071");
        loginOwner(new OwnerPrincipal("13900180091", List.of(owner), null));
        UI.getCurrent().navigate("owner/pay");
        _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withId("portal-autopay-cap")),
                new java.math.BigDecimal("0"));
        _click(_get(Button.class, spec -> spec.withId("portal-autopay-on")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-autopay-error")).getText())
                .isEqualTo("A limit from 0.01 to 10000.00 yuan, please.");

        _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withId("portal-autopay-cap")),
                new java.math.BigDecimal("150.00"));
        _click(_get(Button.class, spec -> spec.withId("portal-autopay-on")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-autopay-state")).getText())
                .isEqualTo("On: each parking invoice up to 150.00 yuan is paid on its due date; you are told 3 days before.");

        _click(_get(Button.class, spec -> spec.withId("portal-autopay-off")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-autopay-state")).getText()).startsWith("Off.");
        assertThat(jdbc.sql("SELECT active FROM autopay_mandate WHERE owner = ?").param(owner).query(Boolean.class)
                .single()).isFalse();
    }

    @Test
    void oneInvoiceIsPaidWithThoseDueBeforeIt() {
        long owner = ownerOwing("门户单张", "13900180081", "甘B18081");
        login("manager", Role.MANAGER, Role.CASHIER);
        long plan = jdbc.sql("SELECT plan FROM subscription WHERE owner = ?").param(owner).query(Long.class).single();
        passes.sell(owner, plan, List.of("甘B18081"), PassPeriod.MONTH.lastDay(LocalDate.now(clock)).plusDays(1));
        SecurityContextHolder.clearContext();
        long first = jdbc.sql("SELECT id FROM invoice WHERE owner = ? ORDER BY due_on LIMIT 1").param(owner)
                .query(Long.class).single();
        loginOwner(new OwnerPrincipal("13900180081", List.of(owner), null));

        UI.getCurrent().navigate("owner/pay");
        assertThat(_get(Span.class, spec -> spec.withId("portal-pay-owed")).getText()).isEqualTo("Owed today: 160.00 yuan");
        _click(_get(Button.class, spec -> spec.withId("portal-pay-through-" + first)));

        assertThat(_get(Span.class, spec -> spec.withId("pay-amount")).getText()).isEqualTo("80.00 yuan");
    }
}
