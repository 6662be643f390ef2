package org.parkgate.registry;

import java.util.List;

/** A registry change refused for every one of its {@link #problems()} at once; nothing was written. */
public class FieldsRefused extends RegistryException {

    private final transient List<FieldProblem> problems;

    FieldsRefused(List<FieldProblem> problems) {
        super(problems.getFirst().problem().messageKey(), problems.getFirst().problem().arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
