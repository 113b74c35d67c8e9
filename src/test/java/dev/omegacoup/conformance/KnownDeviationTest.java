package dev.omegacoup.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which scenarios a declared deviation concerns, and what becomes of their outcome. */
class KnownDeviationTest {

    private static final KnownDeviation RC_6 = new KnownDeviation("RC-6", "PCE inconnu",
            "the test environment knows every PCE");

    @Test
    void matchesItsIdAndPartOfTheTitle() {
        assertTrue(RC_6.matches("Un pce INCONNU d'OMEGA est refusé", Set.of("@RC-6", "@BR-4")));
        assertTrue(RC_6.matches("Un PCE inconnu d'OMEGA est refusé", Set.of("@RC-6h")));
        assertFalse(RC_6.matches("Un PCE inconnu d'OMEGA est refusé", Set.of("@RC-5")));
        assertFalse(RC_6.matches("Un PCE inconnu d'OMEGA est refusé", Set.of("@RC-60")));
        assertFalse(RC_6.matches("Un PCE mal formé est refusé", Set.of("@RC-6h")));
    }

    @Test
    void declaredFailureBecomesKnownDeviationOnlyWhenFailed() {
        Result failed = new Result(Status.FAILED, Duration.ZERO, new AssertionError("x"));
        Result passed = new Result(Status.PASSED, Duration.ZERO, null);

        assertEquals(Outcome.KNOWN_DEVIATION, Outcome.of(failed, true));
        assertEquals(Outcome.FAILED, Outcome.of(failed, false));
        assertEquals(Outcome.PASSED, Outcome.of(passed, true));
        assertFalse(Outcome.KNOWN_DEVIATION.failsTheRun());
    }

    @Test
    void aDeclarationWithoutReasonIsRefused(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("roles.json"), "{\"deviations\":"
                + " [{\"requirement\": \"RC-5\", \"scenario\": \"occupé\"}]}");
        Roles roles = Roles.fromFile(file);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                roles::deviations);
        assertTrue(refused.getMessage().contains("deviations[0].reason"), refused.getMessage());
    }
}
