package org.parkgate.lane.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.Translations;
import org.parkgate.gate.BarrierState;
import org.parkgate.gate.led.LedScreens;
import org.parkgate.lane.ScreenTexts;
import org.parkgate.security.Role;
import org.parkgate.simulator.VirtualTraffic;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager changes what the LED screens say: the new text is previewed, refused when a screen
 * line cannot hold it or cannot show it, and shown at the lane once saved; Default brings back
 * the translation files' text.
 */
class ScreenTextsViewTest extends KaribuTest {

    @Autowired
    ScreenTexts texts;
    @Autowired
    VirtualTraffic traffic;
    @Autowired
    LedScreens screens;

    @AfterEach
    void theDefaultsBack() {
        login("manager", Role.MANAGER);
        texts.reset("screen.amount-due", Translations.CHINESE);
    }

    @Test
    void aChangedTextIsCheckedPreviewedAndShownAtTheLane() throws InterruptedException {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("screen-texts");
        var amount = _get(TextField.class, spec -> spec.withId("screen-text-amount-due"));
        assertThat(amount.getValue()).isEqualTo("应缴{0,number,0.00}元");
        assertThat(_get(Span.class, spec -> spec.withId("screen-text-shown-amount-due")).getText())
                .isEqualTo("On the screen: 应缴99999.99元");

        _setValue(amount, "应缴{0,number,0.00}元，请尽快到物业管理处缴清");
        _click(_get(Button.class, spec -> spec.withId("screen-text-save-amount-due")));
        NotificationsKt.expectNotifications("\"应缴99999.99元，请尽快到物业管理处缴清\" does not fit on one screen line (32 bytes).");
        _setValue(_get(TextField.class, spec -> spec.withId("screen-text-amount-due")), "应缴{0,number,0.00}元 ✓");
        _click(_get(Button.class, spec -> spec.withId("screen-text-save-amount-due")));
        NotificationsKt.expectNotifications("The text has characters LED screens cannot show (GBK only).");
        _setValue(_get(TextField.class, spec -> spec.withId("screen-text-amount-due")), "欠{0,number,0.00}元 {1}");
        _click(_get(Button.class, spec -> spec.withId("screen-text-save-amount-due")));
        NotificationsKt.expectNotifications("This text can have at most 1 placeholder(s) in braces, as its default has.");
        assertThat(texts.changed("screen.amount-due", Translations.CHINESE)).as("nothing refused was saved").isNull();

        _setValue(_get(TextField.class, spec -> spec.withId("screen-text-amount-due")), "欠费{0,number,0.00}元");
        _click(_get(Button.class, spec -> spec.withId("screen-text-save-amount-due")));
        NotificationsKt.expectNotifications("Screen text saved");
        assertThat(_get(Span.class, spec -> spec.withId("screen-text-shown-amount-due")).getText())
                .isEqualTo("On the screen: 欠费99999.99元");

        for (int i = 0; i < 50 && (traffic.gate("in-1").state().vehiclePresent()
                || traffic.gate("in-1").state().barrier() != BarrierState.CLOSED); i++) {
            Thread.sleep(50); // another test's vehicle still passing
        }
        traffic.arrive("in-1", "京A10004");
        traffic.leave("in-1");
        assertThat(screens.shown("in-1").payText()).as("the demo entrance's pay screen").contains("欠费613.50元");

        _click(_get(Button.class, spec -> spec.withId("screen-text-reset-amount-due")));
        assertThat(_get(TextField.class, spec -> spec.withId("screen-text-amount-due")).getValue())
                .isEqualTo("应缴{0,number,0.00}元");
        assertThat(texts.changed("screen.amount-due", Translations.CHINESE)).isNull();
    }
}
