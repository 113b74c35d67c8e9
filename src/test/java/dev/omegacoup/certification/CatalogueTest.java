package dev.omegacoup.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.omega.Texts;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue covers every dialogue row and return code, with texts the stub really sends. */
class CatalogueTest {

    private final List<CatalogueEntry> catalogue = Catalogue.packaged();

    @Test
    void everyDialogueRowAndReturnCodeHasAnEntry() {
        Set<String> ids = catalogue.stream().map(e -> e.id().split(" ")[0])
                .collect(Collectors.toSet());

        for (int row = 1; row <= 11; row++) {
            assertTrue(ids.contains("EV-" + row), "EV-" + row);
        }
        for (int code = 1; code <= 6; code++) {
            assertTrue(ids.contains("RC-" + code), "RC-" + code);
        }
    }

    @Test
    void everyMessageFragmentIsInAStubText() throws Exception {
        List<String> texts = stubTexts();

        for (CatalogueEntry entry : catalogue) {
            if (entry.text() != null) {
                assertTrue(texts.stream().anyMatch(t -> t.contains(entry.text())), entry.id());
            }
        }
    }

    @Test
    void eachRefusalTextMatchesExactlyOneEntry() {
        List<String> refusals = List.of(Texts.LOGIN, Texts.HABILITATION, Texts.ETAT_CAD,
                Texts.PCE_INCONNU, Texts.NON_RECEVABLE, Texts.DEPARTEMENT, Texts.HORS_OUVERTURE,
                Texts.MAINTENANCE, Texts.DIALOGUE_INTERROMPU, Texts.DEMANDE_ABANDONNEE,
                Texts.DONNEE_INCORRECTE);

        for (String text : refusals) {
            RecordedExchange exchange = new Traffic().verifier("21000000000001",
                    Traffic.answer("A", "DmdKo", text, null));
            long matching = catalogue.stream().filter(e -> e.shownBy(exchange))
                    .filter(e -> e.id().startsWith("RC-6")).count();
            assertEquals(1, matching, text);
        }
    }

    @Test
    void entryIsBrokenByAFaultOnItsOperation() {
        Traffic traffic = new Traffic();
        RecordedExchange creation = traffic.creer("21000000000001", "1.00",
                Traffic.answer("P", "DatePlageH", "disponibles", "4000000001"), 0);
        Finding skipped = new Finding("EV-4", "skipped step 1", creation, null, List.of());

        assertTrue(entry("EV-4").brokenBy(skipped));
        assertTrue(!entry("EV-1").brokenBy(skipped));
        assertTrue(!entry("RC-4").brokenBy(skipped));
    }

    private CatalogueEntry entry(String id) {
        return catalogue.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> stubTexts() throws IllegalAccessException {
        List<String> texts = new ArrayList<>();
        for (Field field : Texts.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                texts.add((String) field.get(null));
            }
        }
        return texts;
    }

    @Test
    void refusedAppointmentCallIsNeitherBr5NorAGivenUpAppointment() {
        Traffic traffic = new Traffic();
        RecordedExchange refused = traffic.onDemande("AbandonnerRdV", "4000000005",
                Traffic.answer("A", "DmdKo", "Demande non recevable : SEQ_002", null));

        assertFalse(entry("RC-6 BR-5").shownBy(refused));
        assertFalse(entry("EV-10").shownBy(refused));
    }
}
