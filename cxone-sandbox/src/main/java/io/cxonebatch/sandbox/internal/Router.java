package io.cxonebatch.sandbox.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Finds the route of a request, or says why there is none (unknown path: 404, known path with another method: 405). */
public final class Router {

    private final List<Route> routes;

    public Router(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public Resolution resolve(String method, String rawPath) {
        TreeSet<String> allowed = new TreeSet<>();
        String template = null;
        for (Route route : routes) {
            Optional<Map<String, String>> variables = route.path().match(rawPath);
            if (variables.isPresent()) {
                if (route.method().equals(method)) {
                    return new Resolution.Found(route, variables.get());
                }
                allowed.add(route.method());
                template = route.path().template();
            }
        }
        if (template != null) {
            return new Resolution.WrongMethod(template, String.join(", ", allowed));
        }
        return new Resolution.NotFound();
    }

    /** What {@link #resolve} found. */
    public sealed interface Resolution {

        record Found(Route route, Map<String, String> variables) implements Resolution {
        }

        record WrongMethod(String template, String allowedMethods) implements Resolution {
        }

        record NotFound() implements Resolution {
        }
    }
}
