package io.cxonebatch.bootstrap.api;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body of a launch: the job's parameters as {@code run} takes them ({@code {"parameters": {"plan": "…"}}}).
 *
 * @param parameters by name
 */
record LaunchRequest(@Nullable Map<String, String> parameters) {

    /** The parameters; a body without them (a misspelt key) is refused rather than taken for a run with none. */
    Map<String, String> requiredParameters() {
        if (parameters == null) {
            throw new IllegalArgumentException("A launch body holds the job's parameters as {\"parameters\": {\"name\": \"value\"}};"
                    + " send no body for a run without parameters");
        }
        return parameters;
    }
}
