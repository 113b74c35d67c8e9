package dev.omegacoup.conformance;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.WriteEvent;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Prints one line per scenario as it finishes, with the first lines of the reason when
 * it failed and its warnings, and a closing count: passed, failed, not applicable
 * (server-controlled scenarios against a real endpoint), skipped, and warnings.
 */
public final class ConsoleSummary implements ConcurrentEventListener {

    /** Scenario logs starting with this are counted and shown as warnings. */
    public static final String WARNING = "WARNING";
    private static final int REASON_LINES = 8;

    private final PrintStream out;
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final Map<UUID, List<String>> warnings = new HashMap<>();
    private int warningCount;

    public ConsoleSummary(OutputStream out) {
        this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(WriteEvent.class, this::written);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, event -> total());
    }

    private synchronized void written(WriteEvent event) {
        if (event.getText().startsWith(WARNING)) {
            warnings.computeIfAbsent(event.getTestCase().getId(), id -> new ArrayList<>())
                    .add(event.getText());
        }
    }

    private synchronized void finished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        Result result = event.getResult();
        Outcome outcome = Outcome.of(result);
        counts.merge(outcome, 1, Integer::sum);
        String ids = scenario.getTags().stream()
                .filter(t -> Requirement.TAG.matcher(t).matches())
                .collect(Collectors.joining(" "));
        out.printf("%-15s %s  [%s]%n", outcome.label(), scenario.getName(), ids);
        if (result.getError() != null && outcome != Outcome.PASSED) {
            String reason = String.valueOf(result.getError().getMessage());
            reason.lines().limit(REASON_LINES).forEach(line -> out.println("    " + line));
        }
        List<String> logged = warnings.remove(scenario.getId());
        if (logged != null) {
            warningCount += logged.size();
            logged.forEach(w -> w.lines().forEach(line -> out.println("    " + line)));
        }
    }

    private synchronized void total() {
        out.println();
        out.printf("Conformance: %d passed, %d failed, %d not applicable, %d skipped,"
                        + " %d warnings%n", count(Outcome.PASSED),
                count(Outcome.FAILED) + count(Outcome.BROKEN), count(Outcome.NOT_APPLICABLE),
                count(Outcome.SKIPPED), warningCount);
    }

    private int count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }
}
