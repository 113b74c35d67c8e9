package dev.omegacoup.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.omega.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server answering a straight apostrophe where the specification prints a typographic
 * one fails the suite by default, and only warns when typography is folded.
 */
class TypographyFoldingTest {

    private static final String STRAIGHT = Texts.DEPARTEMENT.replace('’', '\'');

    @Test
    void straightApostropheFailsWithoutFolding(@TempDir Path reports) throws Exception {
        try (MutatingProxy proxy = MutatingProxy.inFrontOfEmbeddedStub(Texts.DEPARTEMENT,
                STRAIGHT)) {
            int status = ConformanceRunner.run(proxy.target(), reports, "@RC-6d");

            assertEquals(1, status);
            String junit = Files.readString(reports.resolve("junit.xml"));
            assertTrue(junit.contains("differ only in apostrophes, quotes or spaces"), junit);
        }
    }

    @Test
    void straightApostropheOnlyWarnsWhenFolded(@TempDir Path reports) throws Exception {
        try (MutatingProxy proxy = MutatingProxy.inFrontOfEmbeddedStub(Texts.DEPARTEMENT,
                STRAIGHT)) {
            int status = ConformanceRunner.run(proxy.target().withFoldTypography(true),
                    reports, "@RC-6d");

            assertEquals(0, status);
            String json = Files.readString(reports.resolve("cucumber.json"));
            assertTrue(json.matches("(?s).*WARNING \\[[^\\]]*RC-6d[^\\]]*\\] MessageRetour.*"),
                    json);
        }
    }
}
