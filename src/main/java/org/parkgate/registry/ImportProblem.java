package org.parkgate.registry;

import java.util.List;

/** What is wrong with an import row, as a message key and its arguments (shown in the user's language). */
public record ImportProblem(String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(String messageKey, Object... arguments) {
        return new ImportProblem(messageKey, List.of(arguments));
    }
}
