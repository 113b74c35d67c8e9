package dev.omegacoup.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The parser and validator a thread reuses start afresh with every message. */
class ContractReuseTest {

    private final Contract contract = Contract.packaged();

    @Test
    void brokenMessagesLeaveNothingBehindForTheNext() throws Exception {
        byte[] valid = Files.readAllBytes(Path.of("stubs/samples/creer-demande.xml"));
        byte[] invalid = new String(valid, StandardCharsets.UTF_8)
                .replace("<coup:MontantDu>1250.40</coup:MontantDu>",
                        "<coup:MontantDu>-5</coup:MontantDu>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(valid, valid.length / 2);

        assertThrows(MalformedXmlException.class, () -> contract.read(truncated));
        ValidatedMessage refused = contract.read(invalid);
        ValidatedMessage accepted = contract.read(valid);

        assertTrue(refused.violations().stream().allMatch(v -> v.element().equals("MontantDu")),
                refused.violations().toString());
        assertEquals(2, refused.violations().size(), refused.violations().toString());
        assertTrue(accepted.valid(), accepted.violations().toString());
        assertEquals("Envelope", accepted.document().getDocumentElement().getLocalName());
    }
}
