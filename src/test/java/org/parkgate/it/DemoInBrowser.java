package org.parkgate.it;

import java.util.Map;
import org.parkgate.AppTestSupport;

/** The packaged jar started on the demo profile in its own data directory, and a Chromium to use it. */
final class DemoInBrowser implements AutoCloseable {

    final RunningJar app;
    final Chromium browser;

    private DemoInBrowser(RunningJar app, Chromium browser) {
        this.app = app;
        this.browser = browser;
    }

    /** @param name names the data directory and the screenshots, e.g. {@code "BrowserIT"} */
    static DemoInBrowser start(String name, String languages, int width, int height) {
        var app = RunningJar.start(AppTestSupport.newTempDir(name + "-"), Map.of(), "--spring.profiles.active=demo")
                .awaitStarted();
        try {
            return new DemoInBrowser(app, new Chromium(languages, width, height, name + "-"));
        } catch (RuntimeException noBrowser) {
            app.close();
            throw noBrowser;
        }
    }

    /** Closes what {@link #start} opened; null (start failed) is fine. */
    static void close(DemoInBrowser demo) {
        if (demo != null) {
            demo.close();
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            app.close();
        }
    }
}
