package dev.omegacoup.steps;

import dev.omegacoup.client.Answer;
import dev.omegacoup.client.HttpSoapTransport;
import dev.omegacoup.client.OmegaClient;
import dev.omegacoup.conformance.Roles;
import dev.omegacoup.conformance.Target;
import dev.omegacoup.xml.Contract;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** What one scenario knows: its target, its client and what the dialogue gave so far. */
public final class ScenarioContext {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final Target target = Target.current();
    private final Map<String, String> request = new HashMap<>();
    private OmegaClient client;
    private Answer answer;
    private String numeroDemande;

    Target target() {
        return target;
    }

    Roles roles() {
        return target.roles();
    }

    Contract contract() {
        return Contract.packaged();
    }

    OmegaClient client() {
        if (client == null) {
            Map<String, String> identity = Map.of(
                    "dnEntreprise", roles().supplier("dnEntreprise"),
                    "numeroCad", roles().supplier("numeroCad"),
                    "login", roles().supplier("login"),
                    "version", roles().supplier("version"));
            client = new OmegaClient(contract(), new HttpSoapTransport(target.endpoint(),
                    CONNECT_TIMEOUT, target.receiveTimeout()), identity);
        }
        return client;
    }

    /** Fields of the request being prepared (PCE, dates…), kept for later calls. */
    Map<String, String> request() {
        return request;
    }

    Answer answer() {
        if (answer == null) {
            throw new IllegalStateException("no answer yet: the scenario sent no request");
        }
        return answer;
    }

    void answered(Answer latest) {
        answer = latest;
        if (!latest.numeroDemande().isEmpty()) {
            numeroDemande = latest.numeroDemande();
        }
    }

    String numeroDemande() {
        if (numeroDemande == null) {
            throw new IllegalStateException("no NumeroDemande yet: no request was created");
        }
        return numeroDemande;
    }
}
