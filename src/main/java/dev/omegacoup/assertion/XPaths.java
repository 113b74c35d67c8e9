package dev.omegacoup.assertion;

import dev.omegacoup.soap.Soap;
import java.util.List;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.w3c.dom.Document;

/**
 * XPath 3.1 on messages (Saxon-HE). The prefix {@code m} is bound to the contract's
 * namespace and {@code soap} to the SOAP 1.1 envelope, whatever prefixes the message uses.
 */
public final class XPaths {

    private static final Processor SAXON = new Processor(false);

    private final XPathCompiler compiler;

    public XPaths(String contractNamespace) {
        compiler = SAXON.newXPathCompiler();
        compiler.declareNamespace("m", contractNamespace);
        compiler.declareNamespace("soap", Soap.ENVELOPE_NS);
    }

    /** The string values of what {@code expression} selects, in document order. */
    public List<String> strings(Document message, String expression) {
        return evaluate(message, expression).stream().map(XdmItem::getStringValue).toList();
    }

    /** The single string value of {@code expression}, or "" when it selects nothing. */
    public String string(Document message, String expression) {
        List<String> values = strings(message, expression);
        return values.isEmpty() ? "" : String.join(" ", values);
    }

    public XdmValue evaluate(Document message, String expression) {
        try {
            XPathExecutable executable = compiler.compile(expression);
            DocumentBuilder builder = SAXON.newDocumentBuilder();
            XdmNode document = builder.wrap(message);
            var selector = executable.load();
            selector.setContextItem(document);
            return selector.evaluate();
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException("XPath " + expression + " fails: "
                    + e.getMessage(), e);
        }
    }
}
