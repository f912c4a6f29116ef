package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.FaultSettings;
import io.cxonebatch.sandbox.RateLimitWindow;
import io.cxonebatch.sandbox.RetryAfterStyle;
import java.util.Locale;
import java.util.Map.Entry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fault settings as the admin API shows and takes them: one JSON field per setting, named as the setter.
 * {@code failAfterCommit} is an object from {@code "METHOD /template"} to the 500s still pending on that route;
 * a change sets the routes it names (0 removes one) and leaves the others. {@code concurrentEdits} is the count of
 * settings PUTs still to meet another writer's change.
 */
public final class FaultSettingsJson {

    private FaultSettingsJson() {
    }

    public static ObjectNode toJson(FaultSettings faults) {
        return Json.object()
                .put("probability429", faults.probability429())
                .put("probability500", faults.probability500())
                .put("probability503", faults.probability503())
                .put("retryAfterStyle", faults.retryAfterStyle().name())
                .put("retryAfterSeconds", faults.retryAfterSeconds())
                .put("latencyMillis", faults.latencyMillis())
                .put("rateLimitPerMinute", faults.rateLimitPerMinute())
                .put("rateLimitWindow", faults.rateLimitWindow().name())
                .put("outage", faults.outage())
                .put("absoluteNextPageUris", faults.absoluteNextPageUris())
                .put("probability500AfterCommit", faults.probability500AfterCommit())
                .put("concurrentEdits", faults.concurrentEdits())
                .set("failAfterCommit", Json.MAPPER.valueToTree(faults.failAfterCommit()));
    }

    /**
     * The settings {@code current} would have with the given fields changed; {@code current} is left alone, so a
     * request with one bad field changes nothing. Unknown fields and bad values are a 400.
     */
    public static FaultSettings patched(FaultSettings current, ObjectNode patch) {
        FaultSettings next = FaultSettings.none().copyFrom(current);
        BodyReader in = BodyReader.of(patch, 400);
        for (Entry<String, JsonNode> field : patch.properties()) {
            String name = field.getKey();
            try {
                switch (name) {
                    case "probability429" -> next.probability429(required(in.number(name), name));
                    case "probability500" -> next.probability500(required(in.number(name), name));
                    case "probability503" -> next.probability503(required(in.number(name), name));
                    case "retryAfterStyle" -> next.retryAfterStyle(RetryAfterStyle.valueOf(upper(in.requiredText(name))));
                    case "retryAfterSeconds" -> next.retryAfterSeconds(required(in.integer(name), name));
                    case "latencyMillis" -> next.latencyMillis(required(in.integer(name), name));
                    case "rateLimitPerMinute" -> next.rateLimitPerMinute(required(in.integer(name), name));
                    case "rateLimitWindow" -> next.rateLimitWindow(RateLimitWindow.valueOf(upper(in.requiredText(name))));
                    case "outage" -> next.outage(required(in.bool(name), name));
                    case "absoluteNextPageUris" -> next.absoluteNextPageUris(required(in.bool(name), name));
                    case "probability500AfterCommit" -> next.probability500AfterCommit(required(in.number(name), name));
                    case "failAfterCommit" -> failAfterCommit(next, required(in.object(name), name));
                    case "concurrentEdits" -> next.concurrentEdits(required(in.integer(name), name));
                    default -> throw new RequestRejectedException(400, "unknown fault setting '" + name + "'");
                }
            } catch (IllegalArgumentException e) {
                throw new RequestRejectedException(400, name + ": " + e.getMessage());
            }
        }
        return next;
    }

    private static void failAfterCommit(FaultSettings next, BodyReader routes) {
        for (String route : routes.fieldNames()) {
            int space = route.indexOf(' ');
            if (space < 0) {
                throw routes.reject("failAfterCommit keys are \"METHOD /template\", got '" + route + "'");
            }
            int times = required(routes.integer(route), routes.name(route));
            next.failAfterCommit(route.substring(0, space), route.substring(space + 1), times);
        }
    }

    private static <T> T required(@Nullable T value, String name) {
        if (value == null) {
            throw new RequestRejectedException(400, name + " must not be null");
        }
        return value;
    }

    private static String upper(String value) {
        return value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
