package io.cxonebatch.bootstrap.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one run of the job is started: the child JVM's options, the {@code -Dkey=value} settings given to the job,
 * and how long it may take before it is stopped and counted as a failure.
 */
record JobOptions(List<String> jvmOptions, Map<String, String> settings, Duration limit) {

    JobOptions {
        jvmOptions = List.copyOf(jvmOptions);
        settings = Map.copyOf(new LinkedHashMap<>(settings));
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a run needs a positive time limit, got " + limit);
        }
    }

    /** No JVM options, the given client rate limit, and {@code limit} to finish. */
    static JobOptions rateLimited(int perMinute, Duration limit) {
        return new JobOptions(List.of(), Map.of("cxone.rate-limit-per-minute", Integer.toString(perMinute)), limit);
    }

    JobOptions withJvmOption(String option) {
        List<String> more = new ArrayList<>(jvmOptions);
        more.add(option);
        return new JobOptions(more, settings, limit);
    }

    JobOptions with(String key, Object value) {
        Map<String, String> more = new LinkedHashMap<>(settings);
        more.put(key, value.toString());
        return new JobOptions(jvmOptions, more, limit);
    }

    JobOptions withLimit(Duration newLimit) {
        return new JobOptions(jvmOptions, settings, newLimit);
    }

    JobOptions withConcurrency(int threads) {
        return with("cxone-batch.provisioning.concurrency", threads);
    }

    /** The settings as command-line arguments, in a stable order. */
    List<String> settingArguments() {
        return settings.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> "-D" + entry.getKey() + "=" + entry.getValue())
                .toList();
    }
}
