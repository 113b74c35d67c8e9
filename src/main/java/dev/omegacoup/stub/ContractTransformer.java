package dev.omegacoup.stub;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.omegacoup.xml.Contract;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the contract on GET: {@code <endpoint>?wsdl} gives the WSDL with its
 * soap:address set to the address the caller used and its schema import pointing at
 * {@code <endpoint>?xsd=omega-coup.xsd}, which gives the XSD.
 */
final class ContractTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "omega-contract";
    private static final Pattern ADDRESS =
            Pattern.compile("(<(?:[\\w.-]+:)?address\\s+location=\")[^\"]*(\")");
    private static final Pattern SCHEMA_LOCATION =
            Pattern.compile("schemaLocation=\"" + Pattern.quote(Contract.XSD_FILE) + "\"");
    private static final Pattern SAFE_HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?"
            + "|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");

    private final Contract contract;
    private final String path;

    ContractTransformer(Contract contract, String path) {
        this.contract = contract;
        this.path = path;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String query = request.getUrl().contains("?")
                ? request.getUrl().substring(request.getUrl().indexOf('?') + 1) : "";
        if (query.equalsIgnoreCase("wsdl")) {
            return answer(200, "text/xml; charset=utf-8", wsdl(endpointUrl(request)));
        }
        if (query.equalsIgnoreCase("xsd=" + Contract.XSD_FILE)) {
            return answer(200, "text/xml; charset=utf-8", contract.xsd());
        }
        return answer(404, "text/plain; charset=utf-8", ("This is the CreerDemandeCOUP SOAP"
                + " endpoint: POST SOAP 1.1 requests here, or GET " + path + "?wsdl for its"
                + " contract.\n").getBytes(StandardCharsets.UTF_8));
    }

    private byte[] wsdl(String endpointUrl) {
        String wsdl = new String(contract.wsdl(), StandardCharsets.UTF_8);
        wsdl = ADDRESS.matcher(wsdl).replaceAll("$1" + Matcher.quoteReplacement(endpointUrl)
                + "$2");
        wsdl = SCHEMA_LOCATION.matcher(wsdl).replaceAll(Matcher.quoteReplacement(
                "schemaLocation=\"" + endpointUrl + "?xsd=" + Contract.XSD_FILE + "\""));
        return wsdl.getBytes(StandardCharsets.UTF_8);
    }

    /** The endpoint as the caller reached it; a Host header that is not a host is ignored. */
    private String endpointUrl(Request request) {
        String host = request.getHeader("Host");
        if (host == null || !SAFE_HOST.matcher(host).matches()) {
            host = request.getHost() + ":" + request.getPort();
        }
        return request.getScheme() + "://" + host + path;
    }

    private static ResponseDefinition answer(int status, String contentType, byte[] body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeaders(new HttpHeaders(new HttpHeader("Content-Type", contentType)))
                .withBody(body)
                .build();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
