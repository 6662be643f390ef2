package org.parkgate.owner;

import java.util.List;
import org.parkgate.FakeSmsGateway;
import tools.jackson.databind.json.JsonMapper;

/** The sign-in codes the stand-in SMS gateway received, as an owner reads them off their phone. */
public final class TextedCodes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TextedCodes() {
    }

    /** The codes texted to {@code mobile}, oldest first, once there are more than {@code seen} (waits up to 5 s). */
    public static List<String> after(String mobile, int seen) {
        long until = System.nanoTime() + 5_000_000_000L;
        while (true) {
            List<String> codes = received(mobile);
            if (codes.size() > seen || System.nanoTime() > until) {
                return codes;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return codes;
            }
        }
    }

    /** The first code texted to {@code mobile}. */
    public static String first(String mobile) {
        return next(mobile, 0);
    }

    /** The code texted to {@code mobile} after the {@code seen} codes before it. */
    public static String next(String mobile, int seen) {
        List<String> codes = after(mobile, seen);
        if (codes.size() <= seen) {
            throw new AssertionError("no new code was texted to " + mobile);
        }
        return codes.get(seen);
    }

    /** What was received already, without waiting. */
    public static List<String> received(String mobile) {
        return FakeSmsGateway.get().requestsContaining("\"" + mobile + "\"").stream()
                .map(request -> JSON.readTree(request.body()))
                .filter(body -> body.path("phone").asString("").equals(mobile) && body.path("params").has("code"))
                .map(body -> body.path("params").path("code").asString())
                .toList();
    }
}
