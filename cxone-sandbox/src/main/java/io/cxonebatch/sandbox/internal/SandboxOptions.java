package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.CxoneSandbox;
import io.cxonebatch.sandbox.EngineLimits;
import io.cxonebatch.sandbox.FaultSettings;
import io.cxonebatch.sandbox.RateLimitWindow;
import io.cxonebatch.sandbox.RetryAfterStyle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The command line of the standalone sandbox: {@code --name value} or {@code --name=value}, switches without a
 * value. Each option applies itself to a builder, its limits and its faults.
 */
public final class SandboxOptions {

    /** Where the parsed options go. */
    public static final class Target {

        public final CxoneSandbox.Builder builder = CxoneSandbox.builder().port(8089);
        public final FaultSettings faults = FaultSettings.none();
        public EngineLimits limits = EngineLimits.defaults();
        public String accessKeyId = "sandbox-access-key";
        public String accessKeySecret = "sandbox-access-secret";
        public boolean help;
    }

    private record Option(String name, String argument, String defaultValue, String description, BiConsumer<Target, String> apply) {

        boolean isSwitch() {
            return argument.isEmpty();
        }
    }

    private static final List<Option> OPTIONS = List.of(
            new Option("port", "N", "8089", "port on 127.0.0.1; 0 picks a free one", (t, v) -> t.builder.port(integer(v))),
            new Option("client-id", "ID", "cxone-batch", "OAuth client id", (t, v) -> t.builder.clientId(v)),
            new Option("client-secret", "SECRET", "sandbox-secret", "OAuth client secret", (t, v) -> t.builder.clientSecret(v)),
            new Option("state-file", "PATH", "none", "load state from and save it to this file", (t, v) -> t.builder.stateFile(Path.of(v))),
            new Option("seed", "N", "42", "seed of every generated list and fault draw", (t, v) -> t.builder.seed(Long.parseLong(v))),
            new Option("token-lifetime", "SECONDS", "3600", "lifetime of issued tokens",
                    (t, v) -> t.builder.tokenLifetime(Duration.ofSeconds(Long.parseLong(v)))),
            new Option("activation-delay", "MILLIS", "300", "how long a campaign stays ACTIVATING",
                    (t, v) -> t.builder.activationDelay(Duration.ofMillis(Long.parseLong(v)))),
            new Option("activation-failure-rate", "F", "0.0", "fraction of activations ending FAILED",
                    (t, v) -> t.builder.activationFailureRate(Double.parseDouble(v))),
            new Option("allow-duplicate-names", "", "off", "accept a second campaign with a taken name instead of 409",
                    (t, v) -> t.builder.uniqueCampaignNames(false)),
            new Option("max-concurrent-calls", "N", "500", "engine limit of concurrent calls per campaign",
                    (t, v) -> t.limits = t.limits.withMaxConcurrentCalls(integer(v))),
            new Option("licensed-previews", "N", "10", "licensed concurrent preview campaigns",
                    (t, v) -> t.limits = t.limits.withLicensedConcurrentPreviews(integer(v))),
            new Option("agent-capacity", "N", "50", "agents one preview campaign accepts",
                    (t, v) -> t.limits = t.limits.withAgentCapacityPerPreviewCampaign(integer(v))),
            new Option("contact-list", "ID:SIZE:REGION[,REGION...]", "the four default lists",
                    "add a generated contact list (repeatable); several regions are drawn row by row", SandboxOptions::contactList),
            new Option("suppressions", "N", "5000", "entries of the suppression list", (t, v) -> t.builder.suppressionCount(Long.parseLong(v))),
            new Option("suppression-match-stride", "N", "50", "one suppression entry in N repeats a contact's number (20 gives 5 %)",
                    (t, v) -> t.builder.suppressionMatchStride(integer(v))),
            new Option("fault-429", "P", "0.0", "probability of 429 per API call", (t, v) -> t.faults.probability429(Double.parseDouble(v))),
            new Option("fault-500", "P", "0.0", "probability of 500 per API call", (t, v) -> t.faults.probability500(Double.parseDouble(v))),
            new Option("fault-503", "P", "0.0", "probability of 503 per API call", (t, v) -> t.faults.probability503(Double.parseDouble(v))),
            new Option("fault-500-after-commit", "P", "0.0", "probability that a POST, PUT or DELETE is saved, then answered 500",
                    (t, v) -> t.faults.probability500AfterCommit(Double.parseDouble(v))),
            new Option("concurrent-edits", "N", "0", "the next N settings PUTs with If-Match meet another writer's change (412)",
                    (t, v) -> t.faults.concurrentEdits(integer(v))),
            new Option("retry-after-style", "seconds|http-date", "seconds", "form of Retry-After on 429",
                    (t, v) -> t.faults.retryAfterStyle(RetryAfterStyle.valueOf(constant(v)))),
            new Option("retry-after-seconds", "N", "1", "Retry-After of a random 429", (t, v) -> t.faults.retryAfterSeconds(integer(v))),
            new Option("latency-ms", "N", "0", "latency added to every call", (t, v) -> t.faults.latencyMillis(Long.parseLong(v))),
            new Option("rate-limit", "N", "0", "requests per minute per client before 429; 0 is off", (t, v) -> t.faults.rateLimitPerMinute(integer(v))),
            new Option("rate-limit-window", "sliding|fixed", "sliding", "how the rate limit counts its minute",
                    (t, v) -> t.faults.rateLimitWindow(RateLimitWindow.valueOf(constant(v)))),
            new Option("outage", "", "off", "answer every call, token calls included, with 503", (t, v) -> t.faults.outage(true)),
            new Option("absolute-next-page-uris", "", "off", "absolute instead of relative nextPageUri",
                    (t, v) -> t.faults.absoluteNextPageUris(true)),
            new Option("access-key-id", "ID", "sandbox-access-key", "Admin dialect: access key id", (t, v) -> t.accessKeyId = v),
            new Option("access-key-secret", "SECRET", "sandbox-access-secret", "Admin dialect: access key secret",
                    (t, v) -> t.accessKeySecret = v),
            new Option("admin-tenant-id", "ID", "11ee0000-5a4d-4b0c-8e1e-000000000042", "Admin dialect: tenant id",
                    (t, v) -> t.builder.adminTenantId(v)),
            new Option("skill-listing-delay", "MILLIS", "1000", "Admin dialect: how long a new skill stays out of GET /skills",
                    (t, v) -> t.builder.skillListingDelay(Duration.ofMillis(Long.parseLong(v)))),
            new Option("help", "", "", "print this help and exit", (t, v) -> t.help = true));

    private SandboxOptions() {
    }

    /**
     * Applies the arguments.
     *
     * @throws IllegalArgumentException naming the option for an unknown option, a missing value or a bad one
     */
    public static Target parse(String... args) {
        Target target = new Target();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String name = arg.substring(2, equals < 0 ? arg.length() : equals);
            Option option = OPTIONS.stream().filter(o -> o.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown option --" + name));
            String value;
            if (option.isSwitch()) {
                if (equals >= 0) {
                    throw new IllegalArgumentException("--" + name + " takes no value");
                }
                value = "";
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value (" + option.argument() + ")");
            }
            try {
                option.apply().accept(target, value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--" + name + " " + value + ": " + e.getMessage(), e);
            }
        }
        target.builder.engineLimits(target.limits).faults(target.faults).accessKey(target.accessKeyId, target.accessKeySecret);
        return target;
    }

    /** One line per option with its argument, its default and what it does. */
    public static String help() {
        StringBuilder help = new StringBuilder("Usage: java -jar cxone-sandbox.jar [options]\n\nOptions:\n");
        for (Option option : OPTIONS) {
            String left = "  --" + option.name() + (option.isSwitch() ? "" : " " + option.argument());
            help.append(String.format(Locale.ROOT, "%-44s %s", left, option.description()));
            if (!option.defaultValue().isEmpty()) {
                help.append(" (default: ").append(option.defaultValue()).append(')');
            }
            help.append('\n');
        }
        return help.toString();
    }

    private static void contactList(Target target, String value) {
        String[] parts = value.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected ID:SIZE:REGION[,REGION...]");
        }
        String[] regions = parts[2].split(",", -1);
        target.builder.contactList(parts[0], Long.parseLong(parts[1]), regions[0], Arrays.copyOfRange(regions, 1, regions.length));
    }

    private static int integer(String value) {
        return Integer.parseInt(value);
    }

    private static String constant(String value) {
        return value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
