package org.parkgate.reminder;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A message's subject and body with {@code {placeholder}}s; SMS use only the body. */
public record MessageTemplate(String subject, String body) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** The placeholders used that {@link MessageFacts} does not know, in order of appearance. */
    public Set<String> unknownPlaceholders() {
        Set<String> unknown = new LinkedHashSet<>();
        for (String text : new String[] {subject, body}) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                if (!MessageFacts.PLACEHOLDERS.contains(matcher.group(1))) {
                    unknown.add(matcher.group(1));
                }
            }
        }
        return unknown;
    }

    /** The message for {@code facts}. */
    public MessageTemplate render(MessageFacts facts) {
        Map<String, String> values = facts.values();
        return new MessageTemplate(fill(subject, values), fill(body, values));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
