package dev.omegacoup.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The delay recorded for an exchange comes from the mapping that answered it. */
class AnswerDelaysTest {

    @Test
    void packagedDelayAppliesToItsPce() throws Exception {
        List<StubMapping> mappings = new ArrayList<>(List.of(packagedEv2()));

        assertEquals(310_000, new AnswerDelays(() -> mappings).delayMillis(verifier()));
    }

    @Test
    void overrideWithoutDelayInFrontMeansNoDelay() throws Exception {
        List<StubMapping> mappings = new ArrayList<>(List.of(packagedEv2()));
        mappings.add(0, StubMapping.buildFrom("{\"priority\": 1, \"request\": {\"method\":"
                + " \"POST\", \"urlPath\": \"/ws/CreerDemandeCOUP\", \"customMatcher\":"
                + " {\"name\": \"omega-request\", \"parameters\": {\"pce\": \"" + ev2Pce()
                + "\"}}}, \"response\": {\"transformers\": [\"omega-engine\"]}}"));

        assertEquals(0, new AnswerDelays(() -> mappings).delayMillis(verifier()));
    }

    private static StubMapping packagedEv2() throws Exception {
        return StubMapping.buildFrom(Files.readString(
                Path.of("stubs/mappings/ev2-verifier-apres-5-minutes.json")));
    }

    private static String ev2Pce() throws Exception {
        return packagedEv2().getRequest().getCustomMatcher().getParameters().getString("pce");
    }

    private static byte[] verifier() throws Exception {
        return Files.readString(Path.of("stubs/samples/verifier-recevabilite.xml"))
                .replace("21000000000001", ev2Pce()).getBytes(StandardCharsets.UTF_8);
    }
}
