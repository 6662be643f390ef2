package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;

/**
 * The packaged jar with {@code parkgate.public-port}: what an office checks before pointing the
 * reverse proxy at that port. The public pages, what they load and the providers' notifications
 * are served there; nothing else is (404, the login page included), not even through Vaadin's own
 * requests; the staff port serves everything as before.
 */
class PublicPortIT {

    /** Scripts and stylesheets the bootstrap page loads (not its {@code <base href="./..">}). */
    private static final Pattern PAGE_FILES = Pattern.compile("(?:src|href)=\"\\./(\\w[^\"]*)\"");
    private static final String NOTIFY = "/api/v1/payments/notify/sandbox";

    private static RunningJar app;

    @BeforeAll
    static void start() {
        app = RunningJar.startWithPublicPort(AppTestSupport.newTempDir("public-port-"), Map.of(),
                "--spring.profiles.active=demo").awaitStarted();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void thePayPagesAndEverythingTheyLoadAreServedOnThePublicPort() {
        for (String page : new String[] {"/pay-inside", "/pay/unknown-token", "/pay-owner/unknown-token"}) {
            HttpResponse<String> answer = app.get(app.publicPort, page);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(page).isPresent();
            List<String> files = filesOf(answer.body());
            assertThat(files).as(page + " loads Vaadin's bundle and the stylesheets")
                    .anyMatch(file -> file.startsWith("VAADIN/build/")).anyMatch(file -> file.startsWith("lumo/"))
                    .anyMatch(file -> file.startsWith("parkgate/"));
            for (String file : files) {
                assertThat(app.get(app.publicPort, "/" + file).statusCode()).as(file).isEqualTo(200);
            }
        }
    }

    @Test
    void paymentNotificationsAreAnsweredThereAsOnTheStaffPort() {
        for (int port : new int[] {app.port, app.publicPort}) {
            HttpResponse<String> malformed = app.post(port, NOTIFY, "");
            assertThat(malformed.statusCode()).as("no body, port " + port).isEqualTo(400);
            assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(app.post(port, NOTIFY, "{}").statusCode()).as("unsigned, port " + port).isEqualTo(401);
        }
    }

    @Test
    void everythingElseIsNotFoundOnThePublicPortButStillServedOnTheStaffPort() {
        Map<String, Integer> staffAnswers = Map.of("/login", 200, "/owners", 302, "/", 302,
                "/api/v1/sim/lanes/x", 401, "/api/v1/lanes/in-1/plate-reads", 401, "/actuator/health", 200);
        staffAnswers.forEach((path, staff) -> {
            assertThat(app.get(path).statusCode()).as("staff port " + path).isEqualTo(staff);
            HttpResponse<String> answer = app.get(app.publicPort, path, "Accept-Language", "zh-CN");
            assertThat(answer.statusCode()).as("public port " + path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Location")).as(path + ": no way to the login page").isEmpty();
            if (path.startsWith("/api/")) {
                assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
            } else {
                assertThat(answer.body()).as(path).isEqualTo("没有这个页面。");
            }
        });
        assertThat(app.get(app.publicPort, "/login", "Accept-Language", "en").body()).isEqualTo("There is no such page.");
        HttpResponse<String> refused = app.get(app.publicPort, "/pay-inside;x=y");
        assertThat(refused.statusCode()).as("a path the firewall refuses").isEqualTo(400);
        assertThat(refused.headers().firstValue("Location")).as("its error page is not behind the sign-in there").isEmpty();
        HttpResponse<String> signIn = RunningJar.send(HttpRequest.newBuilder(RunningJar.uri(app.publicPort, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo")).build());
        assertThat(signIn.statusCode()).as("signing in there").isEqualTo(404);
    }

    @Test
    void aUiOnThePublicPortShowsThePayPagesButNeitherTheLoginNorAStaffView() {
        String session = VaadinUidl.session(app.publicPort, "/pay-inside");
        assertThat(navigate(app.publicPort, session, "pay-inside")).contains("\"inside-plate\"");
        assertThat(navigate(app.publicPort, session, "pay/unknown-token")).contains("\"pay-state\"");
        for (String staffRoute : new String[] {"login", "owners", ""}) {
            assertThat(navigate(app.publicPort, session, staffRoute)).as(staffRoute)
                    .doesNotContain("vaadin-login-form").contains("\"public-not-found\"");
        }
        // the same request on the staff port does reach the login page: the check above means something
        String staffSession = VaadinUidl.session(app.port, "/pay-inside");
        assertThat(navigate(app.port, staffSession, "owners")).contains("vaadin-login-form");
    }

    @Test
    void aUiOpenedOnTheStaffPortCannotBeUsedThroughThePublicPort() {
        // a browser sends its session cookie to every port of the host (and a stolen one works anywhere)
        String session = VaadinUidl.session(app.port, "/login");
        VaadinUidl.Ui staffUi = VaadinUidl.open(app.port, session);
        assertThat(VaadinUidl.navigate(app.publicPort, staffUi, "login").statusCode()).isEqualTo(404);
        assertThat(app.get(app.publicPort, "/?v-r=heartbeat&v-uiId=" + staffUi.id(), "Cookie", session).statusCode())
                .isEqualTo(404);
        HttpResponse<String> onItsOwnPort = VaadinUidl.navigate(app.port, staffUi, "login");
        assertThat(onItsOwnPort.statusCode()).isEqualTo(200);
        assertThat(onItsOwnPort.body()).contains("vaadin-login-form");
    }

    /** A new UI in the session, navigated once to {@code route}: the UIDL of the view it shows. */
    private static String navigate(int port, String session, String route) {
        HttpResponse<String> answer = VaadinUidl.navigate(port, VaadinUidl.open(port, session), route);
        assertThat(answer.statusCode()).as(route).isEqualTo(200);
        return answer.body();
    }

    private static List<String> filesOf(String page) {
        var files = new ArrayList<String>();
        for (Matcher file = PAGE_FILES.matcher(page); file.find(); ) {
            files.add(file.group(1));
        }
        return files;
    }
}
