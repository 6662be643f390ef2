package org.parkgate.it;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vaadin's client protocol over plain HTTP, as the browser's Flow client speaks it after loading a
 * page: open a UI ({@code ?v-r=init}), then navigate it on the server ({@code ?v-r=uidl}, the
 * {@code ui-navigate} event). The answer is the UIDL JSON of whatever view was rendered.
 */
final class VaadinUidl {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern CSRF_TOKEN = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    /** A UI opened in a session: what the next requests must carry. */
    record Ui(String cookie, int id, String csrfToken) {
    }

    private VaadinUidl() {
    }

    /** Loads {@code page} on {@code port} as a browser would; the new session's cookie. */
    static String session(int port, String page) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(port, page)).GET());
        return answer.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no session from " + page + ": " + answer.statusCode()));
    }

    /** Opens a UI in the session of {@code cookie}, on {@code port}. */
    static Ui open(int port, String cookie) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(port, "/?v-r=init&location=&query="))
                .header("Cookie", cookie).GET());
        if (answer.statusCode() != 200) {
            throw new AssertionError("init answered " + answer.statusCode() + ": " + answer.body());
        }
        return new Ui(cookie, Integer.parseInt(find(UI_ID, answer.body())), find(CSRF_TOKEN, answer.body()));
    }

    /** The UI's first event, sent to {@code port}: navigate to {@code route}, as following a link does. */
    static HttpResponse<String> navigate(int port, Ui ui, String route) {
        String message = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(ui.csrfToken(), route);
        return send(HttpRequest.newBuilder(uri(port, "/?v-r=uidl&v-uiId=" + ui.id()))
                .header("Cookie", ui.cookie()).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message, StandardCharsets.UTF_8)));
    }

    private static URI uri(int port, String path) {
        return RunningJar.uri(port, path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return RunningJar.send(request.build());
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("not in the answer (" + pattern + "): " + text);
        }
        return matcher.group(1);
    }
}
