package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkgate.AppTestSupport;

/** A real Chromium against the packaged jar in demo mode: sign in, switch language, see the menu change. */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static RunningJar app;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        app = RunningJar.start(AppTestSupport.newTempDir("browser-"), Map.of(), "--spring.profiles.active=demo")
                .awaitStarted();
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("parkgate.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-US", "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("parkgate.chromedriver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void adminSignsInSwitchesToChineseAndSeesTheTranslatedMenu() throws Exception {
        try {
            signInAndSwitchLanguage();
        } catch (AssertionError | RuntimeException e) {
            // leave evidence for whoever reads the CI log
            screenshot("failure");
            Files.writeString(Path.of("target", "BrowserIT-failure.html"), browser.getPageSource());
            throw e;
        }
    }

    private void signInAndSwitchLanguage() {
        browser.get(app.uri("/").toString());
        waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(browser.findElement(By.id("demo-hint")).getText()).contains("admin, manager, cashier or guard");

        type(By.cssSelector("vaadin-text-field[name='username'] input"), "admin");
        type(By.cssSelector("vaadin-password-field[name='password'] input"), "demo");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();

        // the admin starts on the system status; the menu is grouped by task
        waitUntil(() -> waitFor(By.cssSelector("h1.parkgate-view-title")).getText().equals("System status"));
        assertThat(menuLabels()).containsExactly("Lanes", "Passages", "Occupancy", "Gate simulator", "Payments", "Passes",
                "Pass holders", "Invoices", "Shift handover", "Ledger", "Owners", "Units", "Parking spaces", "Exemptions", "Arrears",
                "Delivery log", "Announcements", "Dashboard", "Reports", "System status", "Contract terms",
                "Reminder schedule", "Message templates", "Gate index", "Release reasons", "Users", "Device keys", "Audit trail");
        assertThat(browser.findElement(By.id("menu-group-settings")).isDisplayed()).isTrue();

        click(By.cssSelector("#user-menu vaadin-menu-bar-button"));
        click(By.id("user-menu-language"));
        click(By.id("language-zh-CN"));

        waitUntil(() -> menuLabels().contains("用户管理"));
        assertThat(menuLabels()).containsExactly("车道监控", "通行记录", "车位占用", "道闸模拟器", "收费", "月卡", "月卡用户", "账单", "交接班",
                "流水账", "业主", "房屋", "车位", "减免", "欠费", "发送记录", "公告", "经营概览", "报表", "系统状态", "合同条款",
                "提醒计划", "消息模板", "车场规则", "闸口数据", "放行原因", "用户管理", "设备密钥", "审计日志");

        // remembered for the user: a fresh visit is still in Chinese
        browser.get(app.uri("/users").toString());
        waitUntil(() -> menuLabels().contains("用户管理"));
        assertThat(waitFor(By.cssSelector("h1.parkgate-view-title")).getText()).isEqualTo("用户管理");
        screenshot("users-zh");

        // the office's daily pages render in Chinese too (screenshots kept in target/)
        for (String[] page : new String[][] {{"lanes", "车道监控"}, {"simulator", "道闸模拟器"}, {"occupancy", "车位占用"}, {"owners", "业主"}, {"units", "房屋"}, {"passes", "月卡"}, {"invoices", "账单"},
                {"payments", "收费"}, {"ledger", "流水账"}, {"exemptions", "减免"}, {"arrears", "欠费"},
                {"terms", "合同条款"}, {"gate-index", "闸口数据"}, {"system", "系统状态"}, {"delivery-log", "发送记录"}, {"announcements", "公告"},
                {"reminders", "提醒计划"}, {"reminder-templates", "消息模板"}, {"lot-rules", "车场规则"}, {"reports", "报表"}, {"dashboard", "经营概览"}, {"passages", "通行记录"}, {"handover", "交接班"}}) {
            browser.get(app.uri("/" + page[0]).toString());
            waitUntil(() -> waitFor(By.cssSelector("h1.parkgate-view-title")).getText().equals(page[1]));
            screenshot(page[0] + "-zh");
        }
    }

    /** The headline flow: refused at the lane, scan the QR, pay on the phone, the arm goes up. */
    @Test
    @org.junit.jupiter.api.Order(2) // signed in by the first test
    void aDebtorPaysByPhoneAndTheBarrierOpens() {
        browser.get(app.uri("/simulator").toString());
        type(By.cssSelector("#sim-plate-in-1 input"), "京A10004");
        click(By.id("sim-drive-in-1"));
        WebElement qr = waitFor(By.cssSelector("#sim-qr-link-in-1"));
        assertThat(qr.findElements(By.cssSelector("svg"))).hasSize(1);
        screenshot("refused-with-qr");
        String payLink = qr.getAttribute("href");
        assertThat(payLink).startsWith(app.uri("/pay/").toString());

        browser.get(payLink); // what a phone does with the QR code
        assertThat(waitFor(By.id("pay-amount")).getText()).startsWith("613.50");
        click(By.id("pay-pay"));
        waitUntil(() -> waitFor(By.id("pay-state")).getText().contains("已支付") || waitFor(By.id("pay-state"))
                .getText().startsWith("Paid"));
        screenshot("paid");

        browser.get(app.uri("/lanes").toString());
        waitUntil(() -> browser.getPageSource().contains("缴费后放行") || browser.getPageSource().contains("Opened after payment"));
        screenshot("opened-after-payment");
    }

    /** Kept in target/ for people to look at what the browser showed. */
    private void screenshot(String name) {
        try {
            Files.write(Path.of("target", "BrowserIT-" + name + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The entries of the menu, without the labels of their groups. */
    private List<String> menuLabels() {
        waitFor(By.cssSelector("vaadin-side-nav-item"));
        return browser.findElements(By.cssSelector("vaadin-side-nav-item:not(:has(vaadin-side-nav-item))")).stream()
                .map(item -> item.getText().strip())
                .toList();
    }

    private void type(By input, String text) {
        WebElement field = waitFor(input);
        field.click();
        field.sendKeys(text);
    }

    private void click(By target) {
        waitFor(target).click();
    }

    private WebElement waitFor(By locator) {
        return waiting().until(d -> d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null));
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        waiting().until(d -> condition.getAsBoolean());
    }

    /**
     * The page reloads when the language changes: elements found a moment ago may go stale, or
     * Chromium may report them as no longer in the document; both mean "look again".
     */
    private WebDriverWait waiting() {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
        return wait;
    }
}
