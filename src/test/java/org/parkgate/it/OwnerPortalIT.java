package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.parkgate.AppTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * The owners' portal on a phone-sized Chromium (390 x 844) against the packaged jar with the demo
 * data, through the public port the way owners reach it: 刘洋 (京A10004, restricted) signs in
 * with the code the demo's SMS gateway received, sees what is owed, pays it through the sandbox,
 * sees the stage restored, registers a visitor, and the simulated lane lets that visitor in.
 * Screenshots of each page in English and Chinese are kept in target/OwnerPortalIT-*.png.
 */
class OwnerPortalIT {

    static final String MOBILE = "13800000004";
    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @Test
    void aDemoOwnerSignsInPaysRegistersAVisitorAndTheLaneLetsItIn() throws Exception {
        try (RunningJar app = RunningJar.startWithPublicPort(AppTestSupport.newTempDir("portal-it-"), Map.of(),
                "--spring.profiles.active=demo").awaitStarted();
                Chromium phone = new Chromium("en-US,en", 390, 844, "OwnerPortalIT-")) {
            try {
                URI portal = RunningJar.uri(app.publicPort, "/owner");
                phone.open(portal);
                phone.type(By.cssSelector("#owner-mobile input"), MOBILE);
                phone.click(By.id("owner-send-code"));
                phone.waitUntil(() -> phone.driver.findElement(By.id("owner-sign-in-status")).getText()
                        .startsWith("If this number is registered"));
                phone.screenshot("sign-in-en");
                phone.type(By.cssSelector("#owner-code input"), textedCode(app));
                phone.click(By.id("owner-sign-in"));

                phone.waitUntil(() -> text(phone, "portal-owed").startsWith("Owed today: "));
                String owed = text(phone, "portal-owed");
                assertThat(owed).isEqualTo("Owed today: 613.50 yuan");
                assertThat(text(phone, "portal-stage")).isEqualTo("Access is restricted until you pay.");
                phone.screenshot("home-en");

                phone.click(By.id("owner-nav-pay"));
                phone.click(By.id("portal-pay-all"));
                phone.waitUntil(() -> text(phone, "pay-amount").equals("613.50 yuan"));
                phone.screenshot("pay-en");
                phone.click(By.id("pay-pay"));
                phone.waitUntil(() -> text(phone, "pay-state").contains("Paid"));

                phone.click(By.id("pay-back-to-portal"));
                phone.waitUntil(() -> text(phone, "portal-owed").equals("Nothing to pay today"));
                assertThat(text(phone, "portal-stage")).as("restored").isEqualTo("Your account is in order.");

                phone.click(By.id("owner-nav-visitors"));
                phone.type(By.cssSelector("#portal-visitor-plate input"), "京D66001");
                phone.click(By.id("portal-visitor-register"));
                phone.waitUntil(() -> phone.driver.findElement(By.id("portal-visits")).getText().contains("京D66001"));
                phone.screenshot("visitors-en");
                JsonNode atTheLane = new SimulatedLanes(app).arrive("in-1", "京D66001");
                assertThat(atTheLane.path("decision").asString()).isEqualTo("OPEN");
                assertThat(atTheLane.path("reason").asString()).isEqualTo("OWNER_VISITOR");

                assertThat(noSideScrolling(phone)).as("the page fits the phone's width").isTrue();
                phone.click(By.id("owner-language"));
                phone.waitUntil(() -> phone.driver.findElement(By.id("owner-nav-home")).getText().equals("首页"));
                phone.screenshot("visitors-zh");
                phone.click(By.id("owner-nav-home"));
                phone.waitUntil(() -> text(phone, "portal-owed").equals("今日无需缴费"));
                phone.screenshot("home-zh");
                assertThat(noSideScrolling(phone)).isTrue();
                phone.click(By.id("owner-nav-passages"));
                phone.waitUntil(() -> phone.driver.findElement(By.id("portal-passages")).getText().contains("京A10004")
                        || phone.driver.findElement(By.id("portal-passages")).getText().contains("没有"));
                phone.screenshot("passages-zh");
                phone.click(By.id("owner-nav-spaces"));
                phone.waitUntil(() -> phone.driver.findElements(By.cssSelector("#portal-forecast-P1 > div")).size() == 12);
                assertThat(text(phone, "portal-free-P1")).startsWith("空余 ");
                phone.screenshot("spaces-zh");
                phone.click(By.id("owner-nav-messages"));
                phone.type(By.cssSelector("#portal-message-subject input"), "地库照明");
                phone.type(By.cssSelector("#portal-message-text textarea"), "B1 层东侧的灯坏了两盏。");
                phone.click(By.id("portal-message-send"));
                phone.waitUntil(() -> phone.driver.findElement(By.id("portal-conversations")).getText().contains("地库照明"));
                phone.screenshot("messages-zh");
                phone.click(By.id("owner-nav-vehicles"));
                phone.waitUntil(() -> phone.driver.findElement(By.id("portal-vehicles")).getText().contains("京A10004"));
                phone.screenshot("vehicles-zh");
                assertThat(noSideScrolling(phone)).isTrue();
            } catch (AssertionError | RuntimeException failed) {
                phone.keepEvidence("failure");
                throw failed;
            }
        }
    }

    /** The newest code the demo's SMS gateway received for the owner's number. */
    private static String textedCode(RunningJar app) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode received = SimulatedLanes.tree(app.get("/api/v1/sandbox/sms", "X-Api-Key", SimulatedLanes.KEY).body());
            for (JsonNode sms : received) {
                if (sms.path("phone").asString().equals(MOBILE)) {
                    Matcher code = CODE.matcher(sms.path("content").asString());
                    if (code.find()) {
                        return code.group(1);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the demo's SMS gateway received no code for " + MOBILE);
    }

    private static String text(Chromium phone, String id) {
        return phone.driver.findElements(By.id(id)).stream().findFirst().map(e -> e.getText().strip()).orElse("");
    }

    private static boolean noSideScrolling(Chromium phone) {
        return (Boolean) phone.script("return document.documentElement.scrollWidth <= window.innerWidth;");
    }
}
