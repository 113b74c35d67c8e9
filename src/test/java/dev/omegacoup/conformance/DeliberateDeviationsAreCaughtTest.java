package dev.omegacoup.conformance;

import static dev.omegacoup.conformance.OverriddenStub.answer;
import static dev.omegacoup.conformance.OverriddenStub.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.report.ConformanceReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Endpoints that break the contract on purpose, one way each: the reports say the
 * requirement failed, and the reason names the id and the element.
 */
class DeliberateDeviationsAreCaughtTest {

    private static final String RECEVABILITE = "VerifierRecevabiliteCOUP";
    private static final String CREATION = "CreerDemandeCOUP";

    static Stream<Arguments> deviations() {
        return Stream.of(
                Arguments.of("wrong CodeRetour", "@RC-3b and @EV-4", "RC-3b",
                        request(RECEVABILITE, ""), 200, answer(RECEVABILITE,
                                retour("P", "DmdKo", "Demande recevable")),
                        "RC-3b", "CodeRetour"),
                Arguments.of("XSD-invalid response", "@RC-3b and @EV-4", "RC-3b",
                        request(RECEVABILITE, ""), 200, answer(RECEVABILITE,
                                retour("X", "Message", "Demande recevable")),
                        "MSG-1", "TypeRetourDialogue"),
                Arguments.of("MessageRetour missing from four errors", "@BR-14 and @BR-7",
                        "MSG-3", request(CREATION, "[.//*[local-name()='TypeDemande']='DEM']"),
                        200, answer(CREATION, retour("A", "DmdKo",
                                "Donnée incorrecte : TypeDemande / DEM_COH02",
                                "Donnée incorrecte : MontantDu / DEM_COH01",
                                "Donnée incorrecte : MinimumAPercevoir / DEM_COH01")),
                        "MSG-3", "MessageRetour"),
                Arguments.of("ListeDatePlage of 25 entries", "@RC-5 and @OP-2 and @BR-21",
                        "RC-5", request(CREATION,
                                "[.//*[local-name()='NumeroPCE']='21000000000002']"),
                        200, answer(CREATION, retour("P", "ListeDP",
                                "La date et la plage horaire demandées ne sont pas disponibles."
                                        + " Choisissez une nouvelle date et ou plage horaire"
                                        + " dans la liste.")
                                + "<ReponseCreerDemandeObjet><NumeroDemande>4000000001"
                                + "</NumeroDemande>" + slots(25) + "</ReponseCreerDemandeObjet>"),
                        "MSG-1", "ListeDatePlage"),
                Arguments.of("RetourSynchroInterventions for a V4 client", "@MSG-4", "MSG-4",
                        request(CREATION, "[.//*[local-name()='NumeroVersion']='V4']"), 200,
                        answer(CREATION, retour("P", "DatePlageH", "La date et la plage"
                                + " horaire demandées sont disponibles. Confirmez le rendez"
                                + " vous.") + "<ReponseCreerDemandeObjet><NumeroDemande>"
                                + "4000000001</NumeroDemande><DateProgrammee><Date>2031-03-03"
                                + "</Date><PlageHoraire>DA</PlageHoraire><HeureMin>13:30"
                                + "</HeureMin><HeureMax>15:30</HeureMax></DateProgrammee>"
                                + synchro("2031-02-03") + synchro("2031-02-04")
                                + "</ReponseCreerDemandeObjet>"),
                        "MSG-4", "RetourSynchroInterventions"),
                Arguments.of("HTTP 200 with an empty body", "@RC-3b and @EV-4", "RC-3b",
                        request(RECEVABILITE, ""), 200, "", "MSG-1", "response is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deviations")
    void deliberateDeviationFailsNamingIdAndElement(String deviation, String tags,
            String requirement, String requestXPath, int status, String body,
            String namedId, String element, @TempDir Path reports) throws Exception {
        try (OverriddenStub endpoint = new OverriddenStub()
                .answering(requestXPath, status, body)) {

            int exit = ConformanceRunner.run(endpoint.target(Roles.packaged()), reports, tags);

            assertEquals(1, exit, deviation + " left the suite green");
            String matrix = Files.readString(reports.resolve(ConformanceReports.MARKDOWN));
            assertTrue(matrix.lines().anyMatch(l -> l.startsWith("| " + requirement + " |")
                    && l.contains("| FAILED |")), requirement + " is not failed:\n" + matrix);
            Pattern reason = Pattern.compile("\\[[^\\]]*\\b" + Pattern.quote(namedId)
                    + "\\b[^\\]]*\\][^`]*" + Pattern.quote(element));
            assertTrue(reason.matcher(matrix).find(), "no reason names " + namedId + " and "
                    + element + ":\n" + matrix.lines().filter(l -> l.startsWith("["))
                            .collect(Collectors.joining("\n")));
            String csv = Files.readString(reports.resolve(ConformanceReports.CSV));
            assertTrue(csv.lines().anyMatch(l -> l.contains(requirement)
                    && l.contains(";FAILED;")), csv);
        }
    }

    static String retour(String type, String code, String... messages) {
        return "<TypeRetourDialogue>" + type + "</TypeRetourDialogue><Retour><CodeRetour>"
                + code + "</CodeRetour>" + Stream.of(messages)
                        .map(m -> "<MessageRetour>" + m + "</MessageRetour>")
                        .collect(Collectors.joining()) + "</Retour>";
    }

    private static String slots(int count) {
        return IntStream.range(0, count).mapToObj(i -> "<ListeDatePlage><Date>2031-03-0"
                + (3 + i % 2) + "</Date><Plage>P" + i + "</Plage></ListeDatePlage>")
                .collect(Collectors.joining());
    }

    private static String synchro(String date) {
        return "<RetourSynchroInterventions><DatePlage><Date>" + date + "</Date><PlageHoraire>"
                + "MA</PlageHoraire></DatePlage></RetourSynchroInterventions>";
    }
}
