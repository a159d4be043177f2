package dev.slidejar.style;

import java.util.Collection;
import java.util.Set;

/** TEMPORARY placeholder until the utility generator lands from its branch: generates nothing. */
public final class UtilityCss {
    private UtilityCss() {
    }

    public static Result generate(Collection<String> tokens) {
        return new Result("", Set.copyOf(tokens));
    }

    public record Result(String css, Set<String> unknown) {
    }
}
