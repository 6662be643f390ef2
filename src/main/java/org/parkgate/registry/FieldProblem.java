package org.parkgate.registry;

/** One field's problem in a change refused as a whole: the field as the caller named it, and why. */
public record FieldProblem(String field, ImportProblem problem) {

    static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, ImportProblem.of(messageKey, arguments));
    }
}
