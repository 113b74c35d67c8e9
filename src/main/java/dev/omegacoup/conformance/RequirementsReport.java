package dev.omegacoup.conformance;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the requirements report, a Markdown file listing every id of the catalogue
 * with the scenarios that cover it and how each ended, for a certification reviewer.
 */
public final class RequirementsReport implements ConcurrentEventListener {

    private final Path file;
    private final List<RequirementsMatrix.Row> rows = new ArrayList<>();

    public RequirementsReport(File file) {
        this.file = file.toPath();
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, event -> write());
    }

    private synchronized void finished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        String location = scenario.getUri() + ":" + scenario.getLocation().getLine();
        rows.add(new RequirementsMatrix.Row(new TaggedScenario(scenario.getName(),
                location, java.util.Set.copyOf(scenario.getTags())),
                Outcome.of(event.getResult())));
    }

    private synchronized void write() {
        String markdown = new RequirementsMatrix(Requirements.packaged(), rows).markdown();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
