package dev.omegacoup.steps;

import dev.omegacoup.client.Answer;
import dev.omegacoup.client.Exchange;
import dev.omegacoup.client.OmegaClient;
import dev.omegacoup.conformance.NotApplicable;
import dev.omegacoup.conformance.Requirement;
import dev.omegacoup.conformance.Roles;
import dev.omegacoup.conformance.Target;
import dev.omegacoup.xml.Contract;
import io.cucumber.java.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

/** What one scenario knows: its target, its client and what the dialogue gave so far. */
public final class ScenarioContext {

    /** Marks every request of a scenario, so that faults injected for it touch no other. */
    public static final String SCENARIO_HEADER = "X-Omega-Scenario";

    private final Target target = Target.current();
    private final String id = UUID.randomUUID().toString();
    private final Map<String, String> request = new HashMap<>();
    private final Map<String, String> identity = new HashMap<>();
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final List<OmegaClient> clients = new ArrayList<>();
    private Scenario scenario;
    private Instant startedAt = Instant.now();
    private OmegaClient client;
    private Answer answer;
    private String numeroDemande;
    private Dialogue dialogue = new Dialogue();

    public ScenarioContext() {
        identity.put("dnEntreprise", roles().supplier("dnEntreprise"));
        identity.put("numeroCad", roles().supplier("numeroCad"));
        identity.put("login", roles().supplier("login"));
        identity.put("version", roles().supplier("version"));
    }

    void begin(Scenario running, Instant serverNow) {
        scenario = running;
        startedAt = serverNow;
    }

    Target target() {
        return target;
    }

    Roles roles() {
        return target.roles();
    }

    Contract contract() {
        return Contract.packaged();
    }

    String id() {
        return id;
    }

    Instant startedAt() {
        return startedAt;
    }

    Collection<String> tags() {
        return scenario == null ? java.util.List.of() : scenario.getSourceTagNames();
    }

    boolean tagged(String tag) {
        return tags().contains(tag);
    }

    /** The requirement ids of the scenario, for failure messages: "RC-6k, BR-10". */
    String requirementIds() {
        return tags().stream().filter(t -> Requirement.TAG.matcher(t).matches())
                .map(t -> t.substring(1)).sorted().collect(Collectors.joining(", "));
    }

    void warn(String warning) {
        if (scenario != null) {
            scenario.log(warning);
        }
    }

    /** The caller's identity: dnEntreprise, numeroCad, login, version; null leaves it out. */
    void identify(Map<String, String> overrides) {
        identity.putAll(overrides);
        client = null;
    }

    OmegaClient client() {
        if (client == null) {
            client = clientWaiting(target.receiveTimeout(), identity);
        }
        return client;
    }

    /** Another client of this scenario, with another identity or time-out. */
    OmegaClient clientWaiting(Duration timeout, Map<String, String> as) {
        requireCertificateFor(as);
        OmegaClient another = new OmegaClient(contract(), target.transport(timeout,
                Map.of(SCENARIO_HEADER, id)), as);
        clients.add(another);
        return another;
    }

    /** Every exchange of every client of this scenario, in the order they were sent. */
    List<Exchange> exchanges() {
        return clients.stream().flatMap(c -> c.exchanges().stream())
                .sorted(Comparator.comparing(Exchange::sentAt)).toList();
    }

    /** The scenario's NumeroDemande, or an empty text when no request was created. */
    String numeroDemandeOrEmpty() {
        return numeroDemande == null ? "" : numeroDemande;
    }

    /**
     * Over mutual TLS the server checks DNEntreprise against the one client certificate
     * the harness presents (BR-2), so a scenario that acts as another supplier (another
     * DN and another CAD) cannot be played: it is not applicable, not failed.
     */
    private void requireCertificateFor(Map<String, String> as) {
        if (!target.usesClientCertificate()) {
            return;
        }
        String dn = as.get("dnEntreprise");
        String cad = as.get("numeroCad");
        boolean otherSupplier = dn != null && cad != null
                && !sameDn(dn, roles().supplier("dnEntreprise"))
                && !cad.equals(roles().supplier("numeroCad"));
        if (otherSupplier) {
            throw new NotApplicable("this scenario calls as " + dn + " (CAD " + cad + "),"
                    + " but the harness presents the client certificate of "
                    + roles().supplier("dnEntreprise"));
        }
    }

    private static boolean sameDn(String a, String b) {
        try {
            return new LdapName(a).equals(new LdapName(b));
        } catch (InvalidNameException e) {
            return a.equals(b);
        }
    }

    Map<String, String> identity() {
        return identity;
    }

    /** Fields of the request being prepared (PCE, dates…), kept for later calls. */
    Map<String, String> request() {
        return request;
    }

    Dialogue dialogue() {
        return dialogue;
    }

    Answer answer() {
        if (answer == null) {
            throw new IllegalStateException("no answer yet: the scenario sent no request");
        }
        return answer;
    }

    boolean hasAnswer() {
        return answer != null;
    }

    void answered(Answer latest) {
        answer = latest;
        if (numeroDemande == null && !latest.numeroDemande().isEmpty()) {
            numeroDemande = latest.numeroDemande();
        }
    }

    void noAnswer() {
        answer = null;
    }

    String numeroDemande() {
        if (numeroDemande == null) {
            throw new IllegalStateException("no NumeroDemande yet: no request was created");
        }
        return numeroDemande;
    }

    boolean hasNumeroDemande() {
        return numeroDemande != null;
    }

    void useNumeroDemande(String numero) {
        numeroDemande = numero;
    }

    /**
     * Sends one call as this scenario's caller. When the scenario expects OMEGA to answer
     * this operation too late, the client waits only its (scaled) time-out and gives up,
     * which is an outcome, not a failure (SES-5).
     */
    Answer send(String operation, Map<String, String> fields) {
        if (dialogue.takeSlowAnswer(operation)) {
            OmegaClient patient = clientWaiting(target.scenarioTimeout(), identity);
            Instant sent = Instant.now();
            Optional<Answer> got = patient.callUnlessTimedOut(operation, fields);
            dialogue.waited(Duration.between(sent, Instant.now()), got.isEmpty());
            got.ifPresentOrElse(this::answered, this::noAnswer);
            return got.orElse(null);
        }
        Answer got = client().call(operation, fields);
        dialogue.waited(got.exchange().elapsed(), false);
        answered(got);
        return got;
    }

    /** Runs after the scenario, last registered first: undoes what it changed. */
    void onEnd(Runnable action) {
        undo.push(action);
    }

    void end() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
    }
}
