package org.parkgate.reminder;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;

/**
 * What a message says about one owner: the placeholders a template may use. {@code amount} is in
 * fen; {@code title} and {@code text} are an announcement's.
 */
public record MessageFacts(String name, String plates, long amount, @Nullable LocalDate due, String link, String lot,
        String title, String text) {

    /** The placeholders, as written in templates without the braces. */
    public static final java.util.List<String> PLACEHOLDERS =
            java.util.List.of("name", "plates", "amount", "due", "link", "lot", "title", "text");

    /** Made-up facts for previewing a template. */
    public static MessageFacts sample(String lot) {
        return new MessageFacts("张三 Zhang San", "京A1****", 60_30, LocalDate.of(2026, 12, 1),
                "https://parking.example.com/pay-owner/abc123", lot, "Lot maintenance 车场维护",
                "The lot is closed on Sunday morning. 周日上午车场维护。");
    }

    /**
     * The facts for a page anyone with the owner's link can open: the name shortened to its first
     * character, the plates masked as on the pay page.
     */
    MessageFacts masked() {
        String shortName = name.isEmpty() ? "" : name.codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "**";
        String maskedPlates = java.util.Arrays.stream(plates.split(", ")).filter(p -> !p.isBlank())
                .map(org.parkgate.billing.OrderForPayer::mask).collect(java.util.stream.Collectors.joining(", "));
        return new MessageFacts(shortName, maskedPlates, amount, due, link, lot, title, text);
    }

    Map<String, String> values() {
        return Map.of("name", name, "plates", plates, "amount", Money.yuan(amount), "due",
                due == null ? "" : due.toString(), "link", link, "lot", lot, "title", title, "text", text);
    }
}
