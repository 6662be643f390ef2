package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The office's main tasks walked in a real Chromium, in Chinese, at 1400 px (an office PC's
 * screen): the cashier finds an owner and sells a pass paid at the counter; the guard corrects a
 * misread plate, releases a car for a reason and takes cash at the booth; the manager changes a
 * tariff with its preview and looks over the money. Every page on the way is checked for what
 * people at 1400 px complained about (buttons off the screen, grids scrolling sideways, cells cut
 * short) and kept as a screenshot in {@code target/OfficeWalkIT-*}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficeWalkIT {

    private static DemoInBrowser demo;
    private static RunningJar app;
    private static Chromium browser;
    /** Page (screenshot name) to what did not fit on it; asserted empty once all pages are seen. */
    private static final Map<String, List<String>> MISFITS = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        demo = DemoInBrowser.start("OfficeWalkIT", "zh-CN,zh", 1400, 900);
        app = demo.app;
        browser = demo.browser;
    }

    @AfterAll
    static void stop() {
        DemoInBrowser.close(demo);
    }

    @Test
    @Order(1)
    void theCashierFindsAnOwnerAndSellsAPassPaidAtTheCounterInOneDialog() {
        walk("cashier", () -> {
            browser.signIn(app.uri("/login"), "cashier");
            browser.awaitTitle("收费");
            look("cashier-home");

            browser.open(app.uri("/owners"));
            browser.awaitTitle("业主");
            browser.type(By.cssSelector("#owners-filter input"), "京A10006");
            browser.click(By.xpath("//vaadin-grid-cell-content//a[contains(., '杨敏')]"));
            browser.waitFor(By.id("owner-file-sell-pass"));
            assertThat(browser.title()).contains("杨敏");
            look("cashier-owner-file");

            browser.click(By.id("owner-file-sell-pass"));
            assertThat(browser.waitFor(By.cssSelector("#sell-plate input")).getDomProperty("value"))
                    .as("the owner's plate is filled in").isEqualTo("京A10006");
            browser.click(By.xpath("//*[@id='sell-settlement']//vaadin-radio-button[contains(., '现在在柜台付款')]"));
            browser.waitUntil(() -> browser.waitFor(By.id("sell-covers")).getText().contains("元"));
            look("cashier-sell-dialog");

            Set<String> before = browser.driver.getWindowHandles();
            browser.click(By.id("form-dialog-save"));
            browser.waitUntil(() -> browser.driver.getWindowHandles().size() > before.size());
            String mainWindow = browser.driver.getWindowHandle();
            String receiptWindow = browser.driver.getWindowHandles().stream().filter(h -> !before.contains(h))
                    .findFirst().orElseThrow();
            browser.driver.switchTo().window(receiptWindow);
            assertThat(browser.waitFor(By.id("receipt-plates")).getText()).isEqualTo("京A10006");
            assertThat(browser.waitFor(By.id("receipt-capitals")).getText()).as("the amount in Chinese capitals")
                    .matches("人民币[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+");
            assertThat(browser.waitFor(By.id("receipt-cashier")).getText()).isEqualTo("cashier");
            look("cashier-receipt");
            browser.driver.close();
            browser.driver.switchTo().window(mainWindow);

            browser.open(app.uri("/handover"));
            browser.awaitTitle("交接班");
            look("cashier-handover");
        });
    }

    @Test
    @Order(2)
    void theGuardCorrectsAMisreadPlateReleasesForAReasonAndCollectsCashAtTheBooth() {
        walk("guard", () -> {
            browser.signIn(app.uri("/login"), "guard");
            browser.awaitTitle("车道监控");
            look("guard-lanes");

            browser.open(app.uri("/simulator"));
            browser.type(By.cssSelector("#sim-plate-in-1 input"), "京A1000");
            browser.click(By.id("sim-drive-in-1"));
            browser.waitFor(By.id("sim-answer-in-1"));
            look("guard-simulator-misread");

            browser.open(app.uri("/lanes"));
            browser.waitUntil(() -> browser.waitFor(By.id("lane-last-in-1")).getText().startsWith("京A1000"));
            browser.click(By.id("lane-correct-in-1"));
            browser.type(By.cssSelector("#correct-plate input"), "京A10004");
            look("guard-correct-dialog");
            browser.click(By.id("form-dialog-save"));
            browser.waitUntil(() -> browser.waitFor(By.id("lane-last-in-1")).getText().startsWith("京A10004"));
            var last = browser.waitFor(By.id("lane-last-in-1"));
            assertThat(last.getText()).as("the lane decided again on the corrected plate: refused, with the amount")
                    .contains("613.50");
            assertThat(last.getDomAttribute("class")).contains("parkgate-refused");
            look("guard-refused-after-correction");

            browser.click(By.id("lane-release-in-1"));
            assertThat(browser.waitFor(By.cssSelector("#release-plate input")).getDomProperty("value"))
                    .isEqualTo("京A10004");
            browser.click(By.cssSelector("#release-reason input"));
            browser.click(By.xpath("//vaadin-combo-box-item[contains(., '纠纷处理')]"));
            look("guard-free-release-dialog");
            browser.click(By.id("form-dialog-save"));
            browser.waitUntil(() -> browser.waitFor(By.id("lane-barrier-in-1")).getText().contains("抬起")
                    || browser.waitFor(By.id("lane-barrier-in-1")).getText().contains("开"));
            look("guard-released");

            // 收费放行: a suspended owner at the exit pays the amount shown in cash at the booth
            browser.open(app.uri("/simulator"));
            browser.type(By.cssSelector("#sim-plate-out-1 input"), "京A10005");
            browser.click(By.id("sim-drive-out-1"));
            browser.waitFor(By.id("sim-answer-out-1"));
            browser.open(app.uri("/lanes"));
            browser.waitUntil(() -> browser.waitFor(By.id("lane-last-out-1")).getText().startsWith("京A10005"));
            String due = browser.waitFor(By.id("lane-last-out-1")).getText().replaceAll(".*应缴 ", "");
            browser.click(By.id("lane-collect-out-1"));
            assertThat(browser.waitFor(By.cssSelector("#lane-collect-amount input")).getDomProperty("value")).isEqualTo(due);
            look("guard-collect-dialog");
            browser.click(By.id("lane-collect-confirm"));
            String receipt = browser.waitFor(By.id("lane-collect-receipt")).getDomAttribute("href");
            browser.waitUntil(() -> browser.waitFor(By.id("lane-barrier-out-1")).getText().contains("抬起")
                    || browser.waitFor(By.id("lane-barrier-out-1")).getText().contains("开"));
            look("guard-collected");
            browser.open(app.uri("/" + receipt));
            assertThat(browser.waitFor(By.id("receipt-plates")).getText()).isEqualTo("京A10005");
            assertThat(browser.waitFor(By.id("receipt-cashier")).getText()).isEqualTo("guard");
            assertThat(browser.waitFor(By.id("receipt-total")).getText()).contains(due);
            look("guard-booth-receipt");

            browser.open(app.uri("/passages"));
            browser.awaitTitle("通行记录");
            browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '京A1000')]"));
            assertThat(browser.driver.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='in-1']")))
                    .as("lanes by their names, not their ids").isEmpty();
            assertThat(browser.driver.findElements(By.xpath("//vaadin-grid-cell-content[.='东门入口 East entrance']")))
                    .isNotEmpty();
            look("guard-passages");
        });
    }

    @Test
    @Order(3)
    void theManagerChangesTheTariffWithAPreviewAndLooksOverTheMoney() {
        walk("manager", () -> {
            browser.signIn(app.uri("/login"), "manager");
            browser.awaitTitle("经营概览");
            look("manager-dashboard");
            for (String[] page : new String[][] {{"payments", "收费"}, {"passes", "月卡"}, {"pass-holders", "月卡用户"},
                    {"arrears", "欠费"}, {"exemptions", "减免"}, {"reports", "报表"}, {"terms", "合同条款"},
                    {"reminders", "提醒计划"}, {"reminder-templates", "消息模板"}, {"occupancy", "车位占用"},
                    {"ledger", "流水账"}, {"audit", "审计日志"}}) {
                browser.open(app.uri("/" + page[0]));
                browser.awaitTitle(page[1]);
                look("manager-" + page[0]);
            }
            // the tariff in the browser: the preview shows the new fee before it is saved
            browser.open(app.uri("/lot-rules"));
            browser.awaitTitle("车场规则");
            assertThat(previewFees()).as("2 hours at the default tariff").contains("2小时\n5.00\n");
            WebElement firstPrice = browser.waitFor(By.cssSelector("#lot-rules-first-price input"));
            firstPrice.sendKeys(Keys.chord(Keys.CONTROL, "a"), "8.00", Keys.TAB);
            browser.waitUntil(() -> previewFees().contains("2小时\n8.00\n"));
            look("manager-lot-rules");
            browser.click(By.id("lot-rules-save"));
            browser.waitFor(By.cssSelector("vaadin-notification-card"));
            assertThat(browser.waitFor(By.id("lot-rules-notice")).getDomAttribute("href")).isNotBlank();

            browser.open(app.uri("/payments"));
            browser.awaitTitle("收费");
            assertThat(browser.waitFor(By.cssSelector("[id^='refund-']")).isDisplayed())
                    .as("today's payment can be refunded from the list").isTrue();

            // English words are longer: the same pages in English fit too
            browser.click(By.cssSelector("#user-menu vaadin-menu-bar-button"));
            browser.click(By.id("user-menu-language"));
            browser.click(By.id("language-en"));
            browser.awaitTitle("Payments");
            for (String[] page : new String[][] {{"payments", "Payments"}, {"pass-holders", "Pass holders"},
                    {"arrears", "Arrears"}, {"terms", "Contract terms"}, {"reminders", "Reminder schedule"},
                    {"passes", "Passes"}, {"lanes", "Lanes"}}) {
                browser.open(app.uri("/" + page[0]));
                browser.awaitTitle(page[1]);
                look("manager-en-" + page[0]);
            }
        });
    }

    @Test
    @Order(4)
    void everyPageOnTheWayFitsA1400PixelScreen() {
        assertThat(MISFITS).as("pages seen").hasSizeGreaterThan(15);
        Map<String, List<String>> misfits = new LinkedHashMap<>(MISFITS);
        misfits.values().removeIf(List::isEmpty);
        assertThat(misfits).as("what did not fit at 1400 px (screenshots in target/OfficeWalkIT-*.png)").isEmpty();
    }

    /** The fees the lot rules' preview shows for the typical stays. */
    private static String previewFees() {
        return browser.waitFor(By.id("lot-rules-preview")).getText();
    }

    /** Runs one role's walk, leaving a screenshot and the page's HTML when it fails. */
    private static void walk(String role, Runnable steps) {
        try {
            steps.run();
        } catch (AssertionError | RuntimeException e) {
            browser.keepEvidence(role + "-failure");
            throw e;
        }
    }

    /** A screenshot of the page, and a note of anything on it that does not fit the window. */
    private static void look(String name) {
        browser.waitUntil(() -> Boolean.TRUE.equals(browser.script(
                "return !document.querySelector('vaadin-connection-indicator[loading]')")));
        browser.screenshot(name);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.script(MISFIT_CHECK);
        MISFITS.put(name, new ArrayList<>(found));
    }

    /**
     * What a person at the screen would see as not fitting: a button or link past the right edge,
     * a grid whose columns scroll sideways, a cell whose text is cut short, a page wider than the
     * window, cells not under their column's header. Only what is shown counts (hidden rows and
     * closed dialogs have no size).
     */
    private static final String MISFIT_CHECK = """
            const width = document.documentElement.clientWidth;
            const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
            const name = e => e.id || (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
            const found = [];
            for (const e of document.querySelectorAll('vaadin-button, a[href], vaadin-menu-bar, vaadin-text-field,'
                    + ' vaadin-select, vaadin-combo-box, vaadin-date-picker')) {
              if (shown(e) && e.getBoundingClientRect().right > width + 1) {
                found.push('off the screen: ' + name(e));
              }
            }
            for (const grid of document.querySelectorAll('vaadin-grid')) {
              if (!shown(grid)) continue;
              const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
              if (table && table.scrollWidth > table.clientWidth + 1) {
                found.push('grid scrolls sideways: ' + (grid.id || '?') + ' ' + table.scrollWidth + ' > ' + table.clientWidth);
              }
              const header = table && [...table.querySelectorAll('thead tr')].find(shown);
              const row = table && [...table.querySelectorAll('tbody tr')].find(shown);
              if (header && row) {
                const heads = [...header.children].filter(shown), cells = [...row.children].filter(shown);
                if (heads.some((h, i) => cells[i]
                    && Math.abs(h.getBoundingClientRect().left - cells[i].getBoundingClientRect().left) > 2)) {
                  found.push('columns not under their headers in ' + (grid.id || '?'));
                }
              }
              for (const cell of grid.querySelectorAll('vaadin-grid-cell-content')) {
                if (shown(cell) && cell.scrollWidth > cell.clientWidth + 1) {
                  found.push('cut short in ' + (grid.id || '?') + ': ' + name(cell));
                }
              }
            }
            const boxes = [document.documentElement, ...document.querySelectorAll('*')];
            for (const layout of document.querySelectorAll('vaadin-app-layout')) {
              boxes.push(...(layout.shadowRoot ? layout.shadowRoot.querySelectorAll('*') : []));
            }
            for (const box of boxes) {
              const overflow = getComputedStyle(box).overflowX;
              if ((overflow === 'auto' || overflow === 'scroll' || box === document.documentElement)
                  && box.tagName !== 'VAADIN-GRID' && shown(box) && box.scrollWidth > box.clientWidth + 1) {
                found.push('scrolls sideways: ' + (box.id || box.getAttribute('part') || box.tagName.toLowerCase())
                    + ' ' + box.scrollWidth + ' > ' + box.clientWidth);
              }
            }
            return found;
            """;
}
