package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A real Chromium against the packaged jar in demo mode: sign in, switch language, see the menu change. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static DemoInBrowser demo;
    private static RunningJar app;
    private static Chromium browser;

    @BeforeAll
    static void start() {
        demo = DemoInBrowser.start("BrowserIT", "en-US,en", 1280, 900);
        app = demo.app;
        browser = demo.browser;
    }

    @AfterAll
    static void stop() {
        DemoInBrowser.close(demo);
    }

    @Test
    @Order(1)
    void adminSignsInSwitchesToChineseAndSeesTheTranslatedMenu() throws Exception {
        try {
            signInAndSwitchLanguage();
        } catch (AssertionError | RuntimeException e) {
            browser.keepEvidence("failure");
            throw e;
        }
    }

    private void signInAndSwitchLanguage() {
        browser.open(app.uri("/"));
        assertThat(browser.waitFor(By.id("demo-hint")).getText()).contains("admin, manager, cashier or guard");
        browser.signIn(app.uri("/login"), "admin");

        // the admin starts on the system status; the menu is grouped by task
        browser.awaitTitle("System status");
        assertThat(browser.menuLabels()).containsExactly("Lanes", "Passages", "Occupancy", "Gate simulator", "Payments", "Passes",
                "Pass holders", "Invoices", "Shift handover", "Ledger", "Finance vouchers", "Owners", "Units", "Parking spaces", "Exemptions", "Vehicle requests",
                "Owners' messages", "Arrears",
                "Delivery log", "Announcements", "Dashboard", "Reports", "System status", "Contract terms",
                "Reminder schedule", "Message templates", "Lot rules", "Payment providers", "Owners' portal", "Gate index", "Release reasons", "Plate lists", "Screen texts",
                "Users", "Device keys", "API clients", "Webhooks",
                "Audit trail", "Backups");
        assertThat(browser.driver.findElement(By.id("menu-group-settings")).isDisplayed()).isTrue();

        browser.click(By.cssSelector("#user-menu vaadin-menu-bar-button"));
        browser.click(By.id("user-menu-language"));
        browser.click(By.id("language-zh-CN"));

        browser.waitUntil(() -> browser.menuLabels().contains("用户管理"));
        assertThat(browser.menuLabels()).containsExactly("车道监控", "通行记录", "车位占用", "道闸模拟器", "收费", "月卡", "月卡用户", "账单", "交接班",
                "流水账", "财务凭证", "业主", "房屋", "车位", "减免", "车辆申请", "业主留言", "欠费", "发送记录", "公告", "经营概览", "报表", "系统状态", "合同条款",
                "提醒计划", "消息模板", "车场规则", "支付渠道", "业主服务设置", "闸口数据", "放行原因", "黑白名单", "显示屏文字", "用户管理", "设备密钥", "接口客户端", "Webhook 推送", "审计日志", "数据库备份");

        // remembered for the user: a fresh visit is still in Chinese
        browser.open(app.uri("/users"));
        browser.waitUntil(() -> browser.menuLabels().contains("用户管理"));
        assertThat(browser.title()).isEqualTo("用户管理");
        browser.screenshot("users-zh");

        // the office's daily pages render in Chinese too (screenshots kept in target/)
        for (String[] page : new String[][] {{"lanes", "车道监控"}, {"simulator", "道闸模拟器"}, {"occupancy", "车位占用"}, {"owners", "业主"}, {"units", "房屋"}, {"passes", "月卡"}, {"invoices", "账单"},
                {"payments", "收费"}, {"ledger", "流水账"}, {"exemptions", "减免"}, {"arrears", "欠费"},
                {"terms", "合同条款"}, {"gate-index", "闸口数据"}, {"system", "系统状态"}, {"delivery-log", "发送记录"}, {"announcements", "公告"},
                {"reminders", "提醒计划"}, {"reminder-templates", "消息模板"}, {"lot-rules", "车场规则"}, {"payment-providers", "支付渠道"}, {"reports", "报表"}, {"dashboard", "经营概览"}, {"passages", "通行记录"}, {"handover", "交接班"}}) {
            browser.open(app.uri("/" + page[0]));
            browser.awaitTitle(page[1]);
            browser.screenshot(page[0] + "-zh");
        }

        // the API's description in Swagger UI, for the signed-in admin
        browser.open(app.uri("/api-docs"));
        browser.waitUntil(() -> browser.driver.getPageSource().contains("/api/integration/v1/passages"));
        browser.screenshot("api-docs");
    }

    /** The headline flow: refused at the lane, scan the QR, pay on the phone, the arm goes up. */
    @Test
    @Order(2) // signed in by the first test
    void aDebtorPaysByPhoneAndTheBarrierOpens() {
        browser.open(app.uri("/simulator"));
        browser.type(By.cssSelector("#sim-plate-in-1 input"), "京A10004");
        browser.click(By.id("sim-drive-in-1"));
        WebElement qr = browser.waitFor(By.cssSelector("#sim-qr-link-in-1"));
        assertThat(qr.findElements(By.cssSelector("svg"))).hasSize(1);
        browser.screenshot("refused-with-qr");
        String payLink = qr.getAttribute("href");
        assertThat(payLink).startsWith(app.uri("/pay/").toString());

        browser.driver.get(payLink); // what a phone does with the QR code
        assertThat(browser.waitFor(By.id("pay-amount")).getText()).startsWith("613.50");
        browser.click(By.id("pay-pay"));
        browser.waitUntil(() -> browser.waitFor(By.id("pay-state")).getText().contains("已支付") || browser.waitFor(By.id("pay-state"))
                .getText().startsWith("Paid"));
        browser.screenshot("paid");

        browser.open(app.uri("/lanes"));
        browser.waitUntil(() -> browser.driver.getPageSource().contains("缴费后放行") || browser.driver.getPageSource().contains("Opened after payment"));
        browser.screenshot("opened-after-payment");
    }

    /** The picture a Hikvision camera sent is on the Passages page: its thumbnail loads, and opens full size. */
    @Test
    @Order(3) // signed in by the first test
    void thePassagesPageShowsThePictureOfAHikvisionPush() {
        String plate = "京H77001";
        var pushed = new HikvisionPush().alert("hikvision-anpr-京A10001.xml", "application/xml", "京A10001", plate)
                .pictures().sendTo(app, "in-1", "demo-device-key");
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
        long passage = Long.parseLong(pushed.body().replaceAll(".*\"passageId\":(\\d+).*", "$1"));

        browser.open(app.uri("/passages")); // the newest first: this passage on top
        By thumbnail = By.id("passage-picture-" + passage + "-plate");
        browser.waitFor(thumbnail);
        browser.waitUntil(() -> loadedWidth(thumbnail) > 0); // the picture's bytes came from ParkGate
        browser.screenshot("passage-picture");
        browser.click(thumbnail);
        By full = By.id("passage-picture-full-scene");
        browser.waitFor(full);
        browser.waitUntil(() -> loadedWidth(full) == 640); // the scene picture of the payloads, full size
        assertThat(loadedWidth(By.id("passage-picture-full-plate"))).isEqualTo(200);
        browser.screenshot("passage-picture-full");
    }

    private static long loadedWidth(By image) {
        Object width = browser.script("return arguments[0].complete ? arguments[0].naturalWidth : 0;",
                browser.driver.findElement(image));
        return width instanceof Number number ? number.longValue() : 0;
    }
}
