package dev.omegacoup.steps;

import dev.omegacoup.conformance.NotApplicable;
import dev.omegacoup.conformance.Tags;
import dev.omegacoup.report.EvidenceAttachments;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.time.Instant;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Starts and ends every scenario. Scenarios run in parallel and share the server: a
 * scenario tagged @isolé changes what every call sees (maintenance, opening hours), so
 * it holds the server alone while the others share it. A scenario tagged @serveur needs
 * control of the server and is not applicable to a real endpoint.
 */
public final class Hooks {

    private static final ReentrantReadWriteLock SERVER = new ReentrantReadWriteLock();

    private final ScenarioContext context;
    private Lock held;

    public Hooks(ScenarioContext context) {
        this.context = context;
    }

    @Before(order = 0)
    public void begin(Scenario scenario) {
        boolean controlsServer = scenario.getSourceTagNames().contains(Tags.SERVER_CONTROL);
        if (controlsServer && !context.target().embedded()) {
            throw new NotApplicable("NOT APPLICABLE: this scenario controls the server ("
                    + Tags.SERVER_CONTROL + "); " + context.target().describe()
                    + " cannot be controlled");
        }
        Lock lock = scenario.getSourceTagNames().contains(Tags.ISOLATED)
                ? SERVER.writeLock() : SERVER.readLock();
        lock.lock();
        held = lock;
        Instant now = context.target().embedded()
                ? context.target().stub().omega().clock().instant() : Instant.now();
        context.begin(scenario, now);
    }

    /**
     * Hands every exchange of the scenario to the report plugins as attachments: the
     * evidence of the matrix, the CSV and the evidence folders. Runs before {@link #end}.
     */
    @After(order = 20000)
    public void attachEvidence(Scenario scenario) {
        EvidenceAttachments.attach(scenario, context.target().describe(),
                context.numeroDemandeOrEmpty(), context.exchanges());
    }

    @After
    public void end() {
        try {
            context.end();
        } finally {
            if (held != null) {
                held.unlock();
                held = null;
            }
        }
    }
}
