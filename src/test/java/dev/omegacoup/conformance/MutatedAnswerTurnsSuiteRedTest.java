package dev.omegacoup.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.omega.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Changing the stub's answer for one return code, text by text and code by code, turns
 * the scenarios of that requirement red, with a message naming the id and the element.
 */
class MutatedAnswerTurnsSuiteRedTest {

    static Stream<Arguments> returnTexts() {
        return Stream.of(
                Arguments.of("RC-1", Texts.RDV_PROGRAMME),
                Arguments.of("RC-2a", Texts.RDV_DATE_DEMANDEE),
                Arguments.of("RC-2b", Texts.RDV_DATE_DEMANDEE_CODE),
                Arguments.of("RC-2c", Texts.SANS_INTERVENTION),
                Arguments.of("RC-3a", Texts.RDV_A_POURSUIVRE),
                Arguments.of("RC-3b", Texts.RECEVABLE),
                Arguments.of("RC-4", Texts.DATE_PLAGE_DISPONIBLE),
                Arguments.of("RC-5", Texts.DATE_PLAGE_INDISPONIBLE),
                Arguments.of("RC-6a", Texts.HABILITATION),
                Arguments.of("RC-6b", Texts.HORS_OUVERTURE),
                Arguments.of("RC-6c", Texts.MAINTENANCE),
                Arguments.of("RC-6d", Texts.DEPARTEMENT),
                Arguments.of("RC-6e", Texts.ETAT_CAD),
                Arguments.of("RC-6f", Texts.LOGIN),
                Arguments.of("RC-6g", Texts.DEMANDE_ABANDONNEE),
                Arguments.of("RC-6h", Texts.PCE_INCONNU),
                Arguments.of("RC-6i", Texts.DIALOGUE_INTERROMPU),
                Arguments.of("RC-6j", Texts.NON_RECEVABLE),
                Arguments.of("RC-6k", Texts.DONNEE_INCORRECTE));
    }

    static Stream<Arguments> returnCodes() {
        return Stream.of(
                Arguments.of("RC-1", "DmdOkDP", "DmdOkDD"),
                Arguments.of("RC-2", "DmdOkDD", "DmdOkDP"),
                Arguments.of("RC-3", "Message", "ListeDP"),
                Arguments.of("RC-4", "DatePlageH", "ListeDP"),
                Arguments.of("RC-5", "ListeDP", "DatePlageH"),
                Arguments.of("RC-6", "DmdKo", "Message"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("returnTexts")
    void mutatedReturnTextTurnsItsScenariosRed(String id, String text, @TempDir Path reports)
            throws Exception {
        String mutated = text.replaceFirst("\\p{L}", "X");

        String junit = runAgainstMutation(text, mutated, "@" + id, reports);

        assertNamesIdAndElement(junit, id, "MessageRetour");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("returnCodes")
    void mutatedReturnCodeTurnsItsScenariosRed(String id, String code, String other,
            @TempDir Path reports) throws Exception {
        String tags = "@" + id + " or @" + id + "a or @" + id + "b or @" + id + "c";

        String junit = runAgainstMutation("<CodeRetour>" + code + "</CodeRetour>",
                "<CodeRetour>" + other + "</CodeRetour>", tags, reports);

        assertNamesIdAndElement(junit, id, "CodeRetour");
    }

    private static String runAgainstMutation(String from, String to, String tags, Path reports)
            throws Exception {
        try (MutatingProxy proxy = MutatingProxy.inFrontOfEmbeddedStub(from, to)) {
            int status = ConformanceRunner.run(proxy.target(), reports, tags);

            assertEquals(1, status, "the suite stayed green with " + to);
            return Files.readString(reports.resolve("junit.xml"));
        }
    }

    private static void assertNamesIdAndElement(String junit, String id, String element) {
        Pattern message = Pattern.compile("\\[[^\\]]*\\b" + Pattern.quote(id)
                + "[a-z]?\\b[^\\]]*\\] " + element);
        assertTrue(message.matcher(junit).find(), "no failure names " + id + " and "
                + element + ":\n" + junit.lines().filter(l -> l.contains("["))
                        .limit(20).reduce("", (a, b) -> a + "\n" + b));
    }
}
