package org.parkgate.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, in a given language and window size,
 * with the few moves the browser tests make: sign in, type, click, wait, and keep a screenshot in
 * {@code target/} for people to look at.
 */
final class Chromium implements AutoCloseable {

    final ChromeDriver driver;
    private final String screenshotPrefix;

    /**
     * @param languages the browser's Accept-Language, e.g. {@code "zh-CN,zh"}
     * @param screenshotPrefix names the screenshots, e.g. {@code "BrowserIT-"}
     */
    Chromium(String languages, int width, int height, String screenshotPrefix) {
        this.screenshotPrefix = screenshotPrefix;
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("parkgate.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=" + languages.split(",")[0], "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("parkgate.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
    }

    void open(URI address) {
        driver.get(address.toString());
    }

    /**
     * Signs in on the login form as a demo user (password {@code demo}), starting a fresh session;
     * returns once the user's start page shows, so that the next navigation cannot cut the sign-in
     * short (a page opened while the form's POST is still on its way lands on the login page again).
     */
    void signIn(URI login, String user) {
        driver.manage().deleteAllCookies();
        open(login);
        waitFor(By.cssSelector("vaadin-login-form"));
        type(By.cssSelector("vaadin-text-field[name='username'] input"), user);
        type(By.cssSelector("vaadin-password-field[name='password'] input"), "demo");
        click(By.cssSelector("vaadin-button[slot='submit']"));
        waitUntil(() -> !driver.getCurrentUrl().contains("/login"));
        waitFor(By.cssSelector("h1.parkgate-view-title"));
    }

    /** The title of the page shown, once there is one. */
    String title() {
        return waitFor(By.cssSelector("h1.parkgate-view-title")).getText();
    }

    void awaitTitle(String title) {
        waitUntil(() -> title().equals(title));
    }

    /** The entries of the menu, without the labels of their groups. */
    List<String> menuLabels() {
        waitFor(By.cssSelector("vaadin-side-nav-item"));
        return driver.findElements(By.cssSelector("vaadin-side-nav-item:not(:has(vaadin-side-nav-item))")).stream()
                .map(item -> item.getText().strip())
                .toList();
    }

    void type(By input, String text) {
        WebElement field = waitFor(input);
        field.click();
        field.sendKeys(text);
    }

    void click(By target) {
        waitFor(target).click();
    }

    WebElement waitFor(By locator) {
        return waiting().until(d -> d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null));
    }

    void waitUntil(BooleanSupplier condition) {
        waiting().until(d -> condition.getAsBoolean());
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Kept in target/ for people to look at what the browser showed. */
    void screenshot(String name) {
        try {
            Files.write(Path.of("target", screenshotPrefix + name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot and the page's HTML, for whoever reads a failed run. */
    void keepEvidence(String name) {
        try {
            screenshot(name);
            Files.writeString(Path.of("target", screenshotPrefix + name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // the failure being reported matters more than its evidence
        }
    }

    /**
     * The page reloads when the language changes: elements found a moment ago may go stale, or
     * Chromium may report them as no longer in the document; both mean "look again".
     */
    private WebDriverWait waiting() {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
        return wait;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
