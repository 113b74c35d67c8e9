package dev.omegacoup.stub;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Something worked out from WireMock's mappings (which overrides the fast path must
 * check, which mappings delay the engine), worked out again only when a mapping is
 * added, edited or removed: WireMock replaces a mapping's object on every change, so
 * comparing the objects one by one tells. Safe for concurrent readers.
 *
 * @param <T> what is worked out
 */
public final class MappingsView<T> {

    private final Supplier<List<StubMapping>> mappings;
    private final Function<List<StubMapping>, T> derive;
    private volatile Derived<T> current;

    public MappingsView(Supplier<List<StubMapping>> mappings,
            Function<List<StubMapping>, T> derive) {
        this.mappings = mappings;
        this.derive = derive;
    }

    public T get() {
        List<StubMapping> now = mappings.get();
        Derived<T> known = current;
        if (known != null && known.isFrom(now)) {
            return known.value;
        }
        Derived<T> fresh = new Derived<>(now.toArray(StubMapping[]::new), derive.apply(now));
        current = fresh;
        return fresh.value;
    }

    private record Derived<T>(StubMapping[] from, T value) {

        boolean isFrom(List<StubMapping> mappings) {
            if (mappings.size() != from.length) {
                return false;
            }
            for (int i = 0; i < from.length; i++) {
                if (mappings.get(i) != from[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
