package io.cxonebatch.bootstrap.batch;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/** Reads the {@code key=value} parameters every job takes the same way, with messages that say which and why. */
public final class JobParameterValues {

    private JobParameterValues() {
    }

    /** {@code true} or {@code false}, any case; {@code otherwise} when absent or blank. */
    public static boolean bool(JobParameters parameters, String name, boolean otherwise) {
        return choice(parameters, name, either("true", true, "false", false), otherwise);
    }

    /** Two words and what each means, in the order a message names them. */
    public static <T> Map<String, T> either(String first, T firstValue, String second, T secondValue) {
        Map<String, T> words = new LinkedHashMap<>();
        words.put(first, firstValue);
        words.put(second, secondValue);
        return words;
    }

    /** One of the words {@code choices} names (any case, in the order given); {@code otherwise} when absent or blank. */
    public static <T> T choice(JobParameters parameters, String name, Map<String, T> choices, T otherwise) {
        String value = parameters.getString(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        T chosen = choices.get(value.strip().toLowerCase(Locale.ROOT));
        if (chosen == null) {
            String words = choices.size() == 2 ? "neither " + String.join(" nor ", choices.keySet())
                    : "not one of " + String.join(", ", choices.keySet());
            throw new IllegalArgumentException(name + "=" + value + " is " + words);
        }
        return chosen;
    }

    /** The value, stripped; an error saying what it is for when absent or blank. */
    public static String required(JobParameters parameters, String name, String what) {
        @Nullable String value = parameters.getString(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what);
        }
        return value.strip();
    }

    /**
     * Refuses a run with an unknown parameter, or one {@code parse} refuses, before it starts. The run id and the
     * launcher every start adds are always known.
     */
    public static JobParametersValidator validator(String jobName, Set<String> known, String expected, Consumer<JobParameters> parse) {
        return parameters -> {
            for (var parameter : parameters.parameters()) {
                if (!known.contains(parameter.name()) && !JobRunner.RUN_ID.equals(parameter.name())
                        && !JobRunner.LAUNCHED_BY.equals(parameter.name())) {
                    throw new InvalidJobParametersException(jobName + " has no parameter '" + parameter.name() + "' (expected "
                            + expected + ")");
                }
            }
            try {
                parse.accept(parameters);
            } catch (IllegalArgumentException e) {
                throw new InvalidJobParametersException(e.getMessage());
            }
        };
    }
}
