package dev.omegacoup.steps;

import java.util.List;

/**
 * Checks that a Given step reached the situation it states. A scenario whose setup did
 * not work fails here, saying so, rather than on a later step about something else.
 */
final class Preconditions {

    private Preconditions() {
    }

    static void expectCode(ScenarioContext context, String... codes) {
        String actual = context.hasAnswer() ? context.answer().codeRetour() : "(no answer)";
        if (!List.of(codes).contains(actual)) {
            throw new IllegalStateException("setup of the scenario failed: expected CodeRetour "
                    + String.join(" or ", codes) + " but was " + actual
                    + (context.hasAnswer() ? " " + context.answer().messagesRetour() : ""));
        }
    }

    /**
     * The data set's "créneau libre" must be free on the target; when it is not (a
     * previous run booked it), say so rather than blame the answer that follows.
     */
    static void expectFreeSlot(ScenarioContext context) {
        String actual = context.hasAnswer() ? context.answer().codeRetour() : "(no answer)";
        if (!"DatePlageH".equals(actual)) {
            throw new IllegalStateException("setup of the scenario failed: the data set's"
                    + " \"créneau libre\" is not free on this target (CodeRetour " + actual
                    + "): a previous run may have booked it; reset the stub or give the data"
                    + " set another date");
        }
    }

    static void expect(ScenarioContext context, boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("setup of the scenario failed: expected " + what
                    + (context.hasAnswer() ? "; last answer " + context.answer().codeRetour()
                            + " " + context.answer().messagesRetour() : ""));
        }
    }
}
