package dev.omegacoup.certification;

import java.util.ArrayList;
import java.util.List;

/** MSG-1: every request the client sends validates against the contract's XSD. */
final class RequestsFollowTheSchema implements ClientCheck {

    @Override
    public String requirement() {
        return "MSG-1";
    }

    @Override
    public String rule() {
        return "every request is valid against the service's XSD";
    }

    @Override
    public List<Finding> check(ClientTraffic traffic) {
        List<Finding> findings = new ArrayList<>();
        for (RecordedExchange exchange : traffic.exchanges()) {
            List<String> violations = exchange.sent().violations();
            if (violations.isEmpty()) {
                continue;
            }
            String what = "sent a request the XSD refuses (" + violations.size()
                    + " violation(s)): " + violations.get(0);
            findings.add(new Finding(requirement(), what, exchange, null,
                    List.of(Evidence.of(exchange, Excerpt.ofElement(exchange,
                            elementOf(violations.get(0)))))));
        }
        return findings;
    }

    /** "element MontantDu (line …): …" names the element at fault. */
    private static String elementOf(String violation) {
        if (!violation.startsWith("element ")) {
            return "";
        }
        String rest = violation.substring("element ".length());
        int end = rest.indexOf(' ');
        String name = end < 0 ? rest : rest.substring(0, end);
        return name.endsWith(":") ? name.substring(0, name.length() - 1) : name;
    }
}
