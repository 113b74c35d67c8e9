package dev.omegacoup.stub;

import com.github.tomakehurst.wiremock.extension.Parameters;
import dev.omegacoup.soap.Operation;
import dev.omegacoup.soap.RequestSummary;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parameters of an omega-request mapping, read once: the request elements of the
 * operations it names (null for any), the PCE and the login (null for any). An unknown
 * operation name matches nothing, and so does a mapping whose parameters are not text
 * (null, a list, a number): a mistyped mapping must not override every request.
 */
public record OmegaRequestKey(boolean wellFormed, Set<String> requestElements, String pce,
        String login) {

    private static final OmegaRequestKey MALFORMED = new OmegaRequestKey(false, null, null, null);

    public static OmegaRequestKey of(Parameters parameters) {
        for (String name : new String[] {"operation", "pce", "login"}) {
            if (parameters.containsKey(name) && !(parameters.get(name) instanceof String)) {
                return MALFORMED;
            }
        }
        String operations = (String) parameters.get("operation");
        Set<String> elements = operations == null ? null : Arrays.stream(operations.split(","))
                .map(name -> Operation.bySoapAction(name.strip()))
                .flatMap(Optional::stream)
                .map(Operation::requestElement)
                .collect(Collectors.toUnmodifiableSet());
        return new OmegaRequestKey(true, elements, (String) parameters.get("pce"),
                (String) parameters.get("login"));
    }

    public boolean matches(RequestSummary summary) {
        String element = summary.requestElement();
        return wellFormed
                && (requestElements == null
                        || element != null && requestElements.contains(element))
                && (pce == null || pce.equals(summary.numeroPce()))
                && (login == null || login.equals(summary.login()));
    }
}
