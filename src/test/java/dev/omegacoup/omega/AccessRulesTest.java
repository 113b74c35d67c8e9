package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.omegacoup.contract.CodeRetourType;
import dev.omegacoup.contract.ReponseCreerDemandeType;
import dev.omegacoup.contract.ReponseWSVerifierRecevabiliteCOUP;
import dev.omegacoup.contract.SensType;
import dev.omegacoup.contract.TypeRetourRecevabiliteType;
import dev.omegacoup.soap.Operation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** BR-1, BR-2, BR-3, BR-15 and BR-16: the checks that come before any other rule. */
class AccessRulesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 1, 13);

    private final Calls calls = new Calls(Calls.engine());

    @ParameterizedTest(name = "login [{0}]")
    @NullSource
    @ValueSource(strings = {"", " ", "\t"})
    void missingLoginIsRefusedOnEveryOperation(String login) {
        Caller caller = Caller.ALPHA.withLogin(login);

        for (Operation operation : Operation.values()) {
            assertEquals(List.of(Texts.LOGIN), messagesOf(operation, caller), operation.name());
        }
    }

    static Stream<Arguments> unentitledCallers() {
        return Stream.of(
                Arguments.of("login of another supplier", Caller.ALPHA.withLogin("beta.agent")),
                Arguments.of("unknown login", Caller.ALPHA.withLogin("mallory")),
                Arguments.of("DN of another supplier", Caller.ALPHA.withDn(
                        Caller.BETA.dnEntreprise())),
                Arguments.of("DN that is not a DN", Caller.ALPHA.withDn("not a name")),
                Arguments.of("unknown CAD", Caller.ALPHA.withCad("CAD-NOBODY")),
                Arguments.of("CAD of another supplier", Caller.ALPHA.withCad("CAD-BETA-01")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unentitledCallers")
    void unentitledCallerGetsHabilitationIncorrecte(String label, Caller caller) {
        for (Operation operation : Operation.values()) {
            assertEquals(List.of(Texts.HABILITATION), messagesOf(operation, caller),
                    operation.name());
        }
    }

    @Test
    void distinguishedNamesCompareIgnoringCaseAndSpacing() {
        Caller caller = Caller.ALPHA.withDn(
                "cn=alpha energie, ou=OMEGA, o=Alpha Energie SA, c=fr");

        ReponseWSVerifierRecevabiliteCOUP answer =
                calls.send(Calls.verifier(caller, Pces.FREE_6M));

        assertEquals(List.of(Texts.RECEVABLE), answer.getRetour().getMessageRetour());
    }

    @Test
    void certificateOfAnotherSupplierIsRefused() {
        Object answer = calls.omega().handle(Operation.VERIFIER_RECEVABILITE,
                Calls.verifier(Caller.ALPHA, Pces.FREE_6M), Caller.BETA.dnEntreprise());

        assertEquals(List.of(Texts.HABILITATION),
                ((ReponseWSVerifierRecevabiliteCOUP) answer).getRetour().getMessageRetour());
    }

    @Test
    void certificateOfTheCallerIsAccepted() {
        Object answer = calls.omega().handle(Operation.VERIFIER_RECEVABILITE,
                Calls.verifier(Caller.ALPHA, Pces.FREE_6M), Caller.ALPHA.dnEntreprise());

        assertEquals(CodeRetourType.MESSAGE,
                ((ReponseWSVerifierRecevabiliteCOUP) answer).getRetour().getCodeRetour());
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void cancelledCadGetsEtatDuCadInvalide(Operation operation) {
        assertEquals(List.of(Texts.ETAT_CAD), messagesOf(operation, Caller.GAMMA));
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void maintenanceRefusesEveryOperationFirst(Operation operation) {
        calls.omega().availability().maintenance(true);

        assertEquals(List.of(Texts.MAINTENANCE),
                messagesOf(operation, Caller.ALPHA.withLogin("")));
    }

    @ParameterizedTest(name = "open {0} to {1}")
    @MethodSource("closedWindows")
    void outsideOpeningHoursEveryOperationIsRefused(LocalTime opens, LocalTime closes) {
        calls.omega().availability().openingHours(opens, closes);

        for (Operation operation : Operation.values()) {
            assertEquals(List.of(Texts.HORS_OUVERTURE), messagesOf(operation, Caller.ALPHA),
                    operation.name());
        }
    }

    static Stream<Arguments> closedWindows() {
        return Stream.of(
                Arguments.of(LocalTime.of(9, 1), LocalTime.of(20, 0)),
                Arguments.of(LocalTime.of(6, 0), LocalTime.of(9, 0)));
    }

    @Test
    void openingHoursIncludeTheirFirstMinute() {
        calls.omega().availability().openingHours(LocalTime.of(9, 0), LocalTime.of(20, 0));

        ReponseWSVerifierRecevabiliteCOUP answer =
                calls.send(Calls.verifier(Caller.ALPHA, Pces.FREE_6M));

        assertEquals(TypeRetourRecevabiliteType.P, answer.getTypeRetourDialogue());
    }

    @Test
    void refusedStepOneAnswersWithTypeA() {
        ReponseWSVerifierRecevabiliteCOUP answer =
                calls.send(Calls.verifier(Caller.GAMMA, Pces.HELD_BY_GAMMA));

        assertEquals(TypeRetourRecevabiliteType.A, answer.getTypeRetourDialogue());
        assertEquals(CodeRetourType.DMD_KO, answer.getRetour().getCodeRetour());
    }

    private List<String> messagesOf(Operation operation, Caller caller) {
        Object answer = calls.omega().handle(operation, requestFor(operation, caller), null);
        if (answer instanceof ReponseWSVerifierRecevabiliteCOUP recevabilite) {
            assertEquals(CodeRetourType.DMD_KO, recevabilite.getRetour().getCodeRetour());
            return recevabilite.getRetour().getMessageRetour();
        }
        ReponseCreerDemandeType creer = (ReponseCreerDemandeType) answer;
        assertEquals(CodeRetourType.DMD_KO, creer.getRetour().getCodeRetour());
        return creer.getRetour().getMessageRetour();
    }

    private static Object requestFor(Operation operation, Caller caller) {
        String numero = "4000000001";
        return switch (operation) {
            case VERIFIER_RECEVABILITE -> Calls.verifier(caller, Pces.FREE_6M);
            case CREER_DEMANDE -> Calls.creer(caller, Pces.FREE_6M, "Z5", WEDNESDAY, "MA");
            case PROPOSER_DATE_PLAGE -> Calls.proposer(caller, numero, WEDNESDAY, "MA");
            case DEMANDER_PREC_SUIV -> Calls.precSuiv(caller, numero, SensType.SUIV);
            case ACCEPTER_RDV, ABANDONNER_RDV, ABANDONNER_DEMANDE ->
                    Calls.surDemande(caller, numero);
        };
    }
}
