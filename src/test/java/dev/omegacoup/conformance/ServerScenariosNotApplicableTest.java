package dev.omegacoup.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.stub.OmegaStub;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against an endpoint the suite does not control, scenarios that need the server are
 * reported not applicable: neither failed nor passed.
 */
class ServerScenariosNotApplicableTest {

    @Test
    void serverScenariosAreNotApplicableToARealEndpoint(@TempDir Path reports)
            throws Exception {
        try (OmegaStub remote = OmegaStub.builder().port(0).build().start()) {
            Target target = new Target(URI.create(remote.endpointUrl()), Roles.packaged(),
                    Target.DEFAULT_RECEIVE_TIMEOUT);

            int status = ConformanceRunner.run(target, reports, "@BR-16 or @BR-6");

            assertEquals(0, status);
            String report = Files.readString(reports.resolve("matrix.md"));
            assertTrue(report.contains("| BR-16 | during maintenance the service is unavailable"
                    + " | NOT APPLICABLE |"), report);
            assertTrue(report.lines().anyMatch(l -> l.startsWith("| BR-6 |")
                    && l.contains("| PASSED |")), report);
            assertTrue(report.contains("| BR-1 | a caller without login is refused | NOT RUN |"),
                    report);
        }
    }
}
