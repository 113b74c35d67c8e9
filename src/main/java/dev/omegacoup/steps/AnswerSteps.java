package dev.omegacoup.steps;

import dev.omegacoup.assertion.ConformanceFailure;
import dev.omegacoup.assertion.TemplateComparison;
import dev.omegacoup.client.Answer;
import dev.omegacoup.client.MessageTemplates;
import io.cucumber.java.fr.Alors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What OMEGA answered: return codes, texts and the whole message against a template. */
public final class AnswerSteps {

    private final ScenarioContext context;

    public AnswerSteps(ScenarioContext context) {
        this.context = context;
    }

    @Alors("OMEGA répond {string} avec le code retour {string}")
    public void omegaRepond(String typeRetour, String codeRetour) {
        Answer answer = context.answer();
        expectEqual("TypeRetourDialogue", typeRetour, answer.typeRetourDialogue());
        expectEqual("CodeRetour", codeRetour, answer.codeRetour());
    }

    @Alors("le message retour est {string}")
    public void leMessageRetourEst(String text) {
        List<String> messages = context.answer().messagesRetour();
        if (!messages.equals(List.of(text))) {
            throw new ConformanceFailure("MessageRetour: expected exactly [" + text
                    + "] but was " + messages);
        }
    }

    @Alors("la réponse est conforme au modèle {string}")
    public void laReponseEstConformeAuModele(String template) {
        Map<String, String> values = new HashMap<>(context.request());
        values.put("ns", context.contract().namespace());
        if (!context.answer().numeroDemande().isEmpty()) {
            values.put("numeroDemande", context.numeroDemande());
        }
        TemplateComparison.assertMatches(MessageTemplates.expected(template, values),
                context.answer().payload(), "the " + context.answer().exchange().operation()
                        + " response");
    }

    @Alors("un numéro de demande est attribué")
    public void unNumeroDeDemandeEstAttribue() {
        if (context.answer().numeroDemande().isBlank()) {
            throw new ConformanceFailure("NumeroDemande: expected a request number in"
                    + " ReponseCreerDemandeObjet but there is none");
        }
    }

    private static void expectEqual(String element, String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new ConformanceFailure(element + ": expected \"" + expected + "\" but was \""
                    + actual + "\"");
        }
    }
}
