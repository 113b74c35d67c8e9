package dev.omegacoup.bench;

import dev.omegacoup.assertion.TemplateComparison;
import dev.omegacoup.assertion.XPaths;
import dev.omegacoup.contract.RequeteWSCreerDemandeCOUP;
import dev.omegacoup.omega.Omega;
import dev.omegacoup.omega.ServiceClock;
import dev.omegacoup.soap.Operation;
import dev.omegacoup.soap.SoapRequest;
import dev.omegacoup.stub.SoapEndpoint;
import dev.omegacoup.xml.Contract;
import dev.omegacoup.xml.ValidatedMessage;
import jakarta.xml.bind.JAXBContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.SAXParserFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What one message costs, step by step: the hardened parse with schema validation, the
 * rules, the whole endpoint (parse, rules, rendering), and the harness's checks (XMLUnit
 * template comparison, Saxon XPath). As a floor, the JDK's SAX parser alone reads the same
 * message without a schema and builds nothing. Run with {@code bash src/bench/jmh.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MessageCostsBenchmark {

    private static final String TEMPLATE = "<ReponseWSVerifierRecevabiliteCOUP"
            + " xmlns=\"urn:omega-coup:ws:v4\"><TypeRetourDialogue>P</TypeRetourDialogue>"
            + "<Retour><CodeRetour>Message</CodeRetour><MessageRetour>Demande recevable"
            + "</MessageRetour><IndexFinDerniereReleve>${xmlunit.matchesRegex(\\d+)}"
            + "</IndexFinDerniereReleve><QualificationIndex>${xmlunit.ignore}"
            + "</QualificationIndex><RaisonReleve>${xmlunit.ignore}</RaisonReleve></Retour>"
            + "</ReponseWSVerifierRecevabiliteCOUP>";

    private Contract contract;
    private byte[] creation;
    private byte[] verification;
    private Omega omega;
    private SoapEndpoint endpoint;
    private Object typedCreation;
    private Element answerPayload;
    private Document answer;
    private XPaths xpaths;
    private XMLReader bareParser;

    @Setup
    public void setUp() throws Exception {
        contract = Contract.packaged();
        creation = Files.readAllBytes(Path.of("stubs/samples/creer-demande.xml"));
        verification = Files.readAllBytes(Path.of("stubs/samples/verifier-recevabilite.xml"));
        ServiceClock clock = new ServiceClock();
        clock.set(Instant.parse("2027-01-11T08:00:00Z"));
        omega = new Omega(dev.omegacoup.omega.DataSet.packaged(), clock, 1_000);
        endpoint = new SoapEndpoint(contract, omega);
        SoapRequest request = SoapRequest.read(contract, creation, null);
        typedCreation = JAXBContext.newInstance(RequeteWSCreerDemandeCOUP.class)
                .createUnmarshaller().unmarshal(request.payload());
        byte[] answerBytes = endpoint.answer(verification, null, null).body();
        answer = contract.read(answerBytes).document();
        answerPayload = (Element) answer.getDocumentElement().getFirstChild().getFirstChild();
        xpaths = new XPaths(contract.namespace());

        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        bareParser = factory.newSAXParser().getXMLReader();
        bareParser.setContentHandler(new DefaultHandler());
    }

    /** The floor under parseAndValidate: a reused SAX parser, no schema, no tree. */
    @Benchmark
    public XMLReader parseWithoutSchema() throws Exception {
        bareParser.parse(new InputSource(new ByteArrayInputStream(creation)));
        return bareParser;
    }

    @Benchmark
    public ValidatedMessage parseAndValidate() throws Exception {
        return contract.read(creation);
    }

    @Benchmark
    public Object rules() {
        return omega.handle(Operation.CREER_DEMANDE, typedCreation, null);
    }

    @Benchmark
    public SoapEndpoint.SoapAnswer wholeEndpoint() {
        SoapEndpoint.forgetThreadState();  // as the stub does after each request
        return endpoint.answer(verification, null, null);
    }

    @Benchmark
    public String renderedCreationAnswer() {
        SoapEndpoint.forgetThreadState();
        return new String(endpoint.answer(creation, null, null).body(),
                StandardCharsets.UTF_8);
    }

    @Benchmark
    public void templateComparison() {
        TemplateComparison.assertMatches(TEMPLATE, answerPayload, "the answer");
    }

    @Benchmark
    public String saxonXPath() {
        return xpaths.string(answer, "/soap:Envelope/soap:Body/*/m:Retour/m:CodeRetour");
    }
}
