package org.parkgate.simulator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.gate.BarrierState;
import org.parkgate.gate.DisplayMessage;
import org.parkgate.lane.Site;
import org.parkgate.security.Role;
import org.parkgate.simulator.VirtualTraffic;
import org.springframework.beans.factory.annotation.Autowired;

/** Driving plates in on the simulator page: the arm and the display do what the core decided. */
class GateSimulatorViewTest extends KaribuTest {

    @Autowired
    VirtualTraffic traffic;

    @Test
    void aDebtorStaysOutAndAPassHolderGetsTheArmUp() throws InterruptedException {
        openTheSimulatorOnceTheEntranceIsShut();
        _setValue(_get(TextField.class, spec -> spec.withId("sim-plate-in-1")), "京A10004");
        _click(_get(Button.class, spec -> spec.withId("sim-drive-in-1")));
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Span.class, spec -> spec.withId("sim-answer-in-1")).getText()).isEqualTo("Restricted for arrears");
        assertThat(_get(Div.class, spec -> spec.withId("sim-arm-in-1")).getElement().getAttribute("data-state"))
                .isEqualTo("CLOSED");
        assertThat(_get(Div.class, spec -> spec.withId("sim-display-in-1")).getElement().getTextRecursively())
                .contains("京A10004 已欠费 613.50 元");
        var qr = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("sim-qr-link-in-1"));
        assertThat(qr.getHref()).isEqualTo(traffic.gate("in-1").state().display().qrPayload()).contains("/pay/");
        assertThat(qr.getElement().getChild(0).getOuterHTML()).startsWith("<svg");
        assertThat(_get(Div.class, spec -> spec.withId("sim-led-in-1")).getElement().getTextRecursively())
                .as("the LED screen behind the camera, read from its frames")
                .contains("Pay screen: QR code and 613.5 yuan", "Says: 京A10004 已欠费 613.50 元");
        assertThat(_get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("sim-led-frames-in-1"))
                .getElement().getTextRecursively()).as("the very frames, the pay screen's first: address 00, 0x64, FF FF, 0xE1")
                .contains("00 64 FF FF E1");
        _click(_get(Button.class, spec -> spec.withId("sim-leave-in-1")));

        _setValue(_get(TextField.class, spec -> spec.withId("sim-plate-in-1")), "京A10001");
        _click(_get(Button.class, spec -> spec.withId("sim-drive-in-1")));
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Span.class, spec -> spec.withId("sim-answer-in-1")).getText()).isEqualTo("Pass valid");
        assertThat(_get(Div.class, spec -> spec.withId("sim-arm-in-1")).getElement().getAttribute("data-state"))
                .isIn("RISING", "OPEN");
        assertThat(traffic.gate("in-1").state().vehiclePresent()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("sim-led-in-1")).getElement().getTextRecursively())
                .contains("京A10001", "欢迎光临", "月卡有效").doesNotContain("Pay screen");
    }

    @Autowired
    org.parkgate.lane.LaneController lanes;

    @Test
    void aRefusalLineSaysSoWhenTheBarrierOpensAfterAll() throws InterruptedException {
        openTheSimulatorOnceTheEntranceIsShut();
        _setValue(_get(TextField.class, spec -> spec.withId("sim-plate-in-1")), "京A10005");
        _click(_get(Button.class, spec -> spec.withId("sim-drive-in-1")));
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Span.class, spec -> spec.withId("sim-answer-in-1")).getText()).isEqualTo("Suspended");

        lanes.openByHand("in-1", "", "测试 opened by the guard"); // no plate: nobody counted inside
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Span.class, spec -> spec.withId("sim-answer-in-1")).getText())
                .isEqualTo("The barrier opened after all (paid, or opened by staff).");
        _click(_get(Button.class, spec -> spec.withId("sim-leave-in-1")));
    }

    @Autowired
    Site site;

    @Test
    void theLotsFreeSpaceSignIsDrawnAndRedrawnLive() throws InterruptedException {
        openTheSimulatorOnceTheEntranceIsShut();
        var sign = site.sign("P1");
        DisplayMessage before = sign.shown();
        try {
            sign.show(new DisplayMessage(List.of("P1 空余车位 12 个", "P1: 12 free spaces"), null));
            MockVaadin.clientRoundtrip(false);
            assertThat(_get(Div.class, spec -> spec.withId("sim-sign-P1")).getElement().getTextRecursively())
                    .isEqualTo("P1 空余车位 12 个P1: 12 free spaces");
            sign.show(new DisplayMessage(List.of("P1 已满", "P1 full"), null));
            MockVaadin.clientRoundtrip(false);
            assertThat(_get(Div.class, spec -> spec.withId("sim-sign-P1")).getElement().getTextRecursively())
                    .isEqualTo("P1 已满P1 full");
        } finally {
            sign.show(before);
        }
    }

    /** A vehicle of an earlier test may still be passing: wait for the arm, then open the page as the guard. */
    private void openTheSimulatorOnceTheEntranceIsShut() throws InterruptedException {
        for (int i = 0; i < 50 && traffic.gate("in-1").state().barrier() != BarrierState.CLOSED; i++) {
            Thread.sleep(50);
        }
        login("guard", Role.GUARD);
        UI.getCurrent().navigate("simulator");
    }
}
