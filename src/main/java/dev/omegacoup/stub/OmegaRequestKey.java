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
 * operation name matches nothing, as it would in WireMock.
 */
public record OmegaRequestKey(Set<String> requestElements, String pce, String login) {

    public static OmegaRequestKey of(Parameters parameters) {
        String operations = parameters.getString("operation", null);
        Set<String> elements = operations == null ? null : Arrays.stream(operations.split(","))
                .map(name -> Operation.bySoapAction(name.strip()))
                .flatMap(Optional::stream)
                .map(Operation::requestElement)
                .collect(Collectors.toUnmodifiableSet());
        return new OmegaRequestKey(elements, parameters.getString("pce", null),
                parameters.getString("login", null));
    }

    public boolean matches(RequestSummary summary) {
        String element = summary.requestElement();
        return (requestElements == null
                        || element != null && requestElements.contains(element))
                && (pce == null || pce.equals(summary.numeroPce()))
                && (login == null || login.equals(summary.login()));
    }
}
