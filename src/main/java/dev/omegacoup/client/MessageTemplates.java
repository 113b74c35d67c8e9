package dev.omegacoup.client;

import dev.omegacoup.soap.SoapMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders the suite's message templates: request envelopes
 * ({@code features/templates/requests}) and expected responses
 * ({@code features/templates/responses}), one element per line. {@code {{name}}} takes
 * the value of a variable, XML-escaped; a line whose variable is absent from the map is
 * left out, which drops an optional element.
 */
public final class MessageTemplates {

    private static final String FOLDER = "/features/templates/";
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private MessageTemplates() {
    }

    public static byte[] request(String operation, Map<String, String> values) {
        return render("requests/" + operation, values).getBytes(StandardCharsets.UTF_8);
    }

    public static String expected(String name, Map<String, String> values) {
        return render("responses/" + name, values);
    }

    private static String render(String template, Map<String, String> values) {
        String text = CACHE.computeIfAbsent(template, MessageTemplates::load);
        return text.lines()
                .filter(line -> allPresent(line, values))
                .map(line -> substitute(line, values))
                .collect(Collectors.joining("\n"));
    }

    private static boolean allPresent(String line, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(line);
        while (m.find()) {
            if (values.get(m.group(1)) == null) {
                return false;
            }
        }
        return true;
    }

    private static String substitute(String line, Map<String, String> values) {
        return VARIABLE.matcher(line).replaceAll(m ->
                Matcher.quoteReplacement(SoapMessages.escape(values.get(m.group(1)))));
    }

    private static String load(String template) {
        try (InputStream in = MessageTemplates.class.getResourceAsStream(
                FOLDER + template + ".xml")) {
            if (in == null) {
                throw new IllegalArgumentException("no message template " + FOLDER + template
                        + ".xml");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
