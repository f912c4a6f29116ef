package io.cxonebatch.bootstrap.config;

import io.cxonebatch.application.outbox.RelayPolicy;
import io.cxonebatch.domain.assignment.RebalancePolicy;
import io.cxonebatch.domain.pacing.EngineLimits;
import io.cxonebatch.domain.schedule.CallingHours;
import io.cxonebatch.domain.schedule.DstPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The product's own settings ({@code cxone-batch.*}); CXone connection settings are under {@code cxone.*}.
 *
 * @param dataDir where the embedded PostgreSQL, the sandbox state, reports and logs live
 * @param sandbox whether the CXone client talks to the built-in sandbox (the {@code --sandbox} flag)
 * @param engine the engine limits every plan is checked against
 * @param schedules cron schedules for {@code serve}, by job name
 * @param provisioning how the campaign-provisioning job works through a plan
 * @param suppression how the suppression-crossref job reads and normalises numbers
 */
@ConfigurationProperties("cxone-batch")
public record CxoneBatchProperties(
        Path dataDir, boolean sandbox, Engine engine, Map<String, Schedule> schedules, Provisioning provisioning,
        Suppression suppression, Pacing pacing, Assignment assignment, Outbox outbox, Monitor monitor, Adherence adherence) {

    public CxoneBatchProperties {
        dataDir = dataDir == null ? DEFAULT_DATA_DIR : dataDir;
        engine = engine == null ? Engine.defaults() : engine;
        schedules = schedules == null ? Map.of() : new LinkedHashMap<>(schedules);
        provisioning = provisioning == null ? Provisioning.defaults() : provisioning;
        suppression = suppression == null ? Suppression.defaults() : suppression;
        pacing = pacing == null ? Pacing.defaults() : pacing;
        assignment = assignment == null ? Assignment.defaults() : assignment;
        outbox = outbox == null ? Outbox.defaults() : outbox;
        monitor = monitor == null ? Monitor.defaults() : monitor;
        adherence = adherence == null ? Adherence.defaults() : adherence;
    }

    /** The data dir when none is set: under the working directory. */
    public static final Path DEFAULT_DATA_DIR = Path.of(".cxone-batch");

    /** Where the sandbox is told to send preview activations when none is configured: nowhere ({@code .invalid}). */
    public static final URI SANDBOX_WEBHOOK_URI = URI.create("https://preview-hooks.sandbox.invalid/cxone-batch/preview-activated");

    /** The preview webhook's URI: the configured one, else with {@code --sandbox} a placeholder, else none. */
    public @Nullable URI previewWebhookUri() {
        URI configured = provisioning.previewWebhookUri();
        return configured == null && sandbox ? SANDBOX_WEBHOOK_URI : configured;
    }

    /** The directory reports, rejects files and exports are written to. */
    /** Where {@code audit anchor} and {@code serve} keep their anchors unless told otherwise: outside the database. */
    public Path auditAnchorFile() {
        return dataDir.resolve("audit-anchors");
    }

    public Path reportsDir() {
        return dataDir.resolve("reports");
    }

    /**
     * Limits of the dialing engine and the law; null fields take the domain's defaults.
     *
     * @param maxAbandonmentRate the legal maximum abandonment rate (0.03 by default)
     */
    public record Engine(
            @Nullable Integer maxConcurrentCalls,
            @Nullable Integer minPacingIntervalSeconds,
            @Nullable Double maxThrottlePercent,
            @Nullable List<String> approvedTimeZones,
            @Nullable Double maxAbandonmentRate,
            @Nullable Double maxPredictiveRate,
            @Nullable Integer maxConcurrentPreviews,
            @Nullable Integer maxRosterSize) {

        static Engine defaults() {
            return new Engine(null, null, null, null, null, null, null, null);
        }

        /** The domain's limits with these settings applied; an impossible value fails naming it. */
        public EngineLimits toLimits() {
            EngineLimits limits = EngineLimits.defaults();
            if (maxConcurrentCalls != null) {
                limits = limits.withMaxConcurrentCalls(maxConcurrentCalls);
            }
            if (minPacingIntervalSeconds != null) {
                limits = limits.withMinPacingInterval(Duration.ofSeconds(minPacingIntervalSeconds));
            }
            if (maxThrottlePercent != null) {
                limits = limits.withMaxThrottle(maxThrottlePercent);
            }
            if (approvedTimeZones != null && !approvedTimeZones.isEmpty()) {
                Set<ZoneId> zones = new LinkedHashSet<>();
                approvedTimeZones.forEach(zone -> zones.add(ZoneId.of(zone.strip())));
                limits = limits.withApprovedTimeZones(zones);
            }
            if (maxAbandonmentRate != null) {
                limits = limits.withMaxAbandonmentRate(maxAbandonmentRate);
            }
            if (maxPredictiveRate != null) {
                limits = limits.withMaxPredictiveRate(maxPredictiveRate);
            }
            if (maxConcurrentPreviews != null) {
                limits = limits.withMaxConcurrentPreviews(maxConcurrentPreviews);
            }
            if (maxRosterSize != null) {
                limits = limits.withMaxRosterSize(maxRosterSize);
            }
            return limits;
        }
    }

    /**
     * How campaign-provisioning works through a plan.
     *
     * @param concurrency rows provisioned at once; the CXone client's rate limiter still paces every call
     * @param chunkSize rows read from the database at a time; each row's outcome is recorded as soon as it is known,
     *     so a restart resumes with the rows not yet settled, whatever this is
     * @param outageBudget how long the step waits, probing now and then, while CXone is not answering (5xx, open
     *     breaker) before it stops as FAILED with the remaining rows still pending, for {@code restart}
     * @param activationBudget how long a row waits for an activation to finish before leaving it to the monitor
     * @param dstPolicy how a local start or end in a daylight-saving gap or overlap is resolved: {@code shift}
     *     (to the later valid instant, recorded) or {@code strict} (rejected)
     * @param previewWebhookUri where CXone calls when a preview campaign is activated; when unset, no webhook is
     *     registered (and the summary says so)
     * @param previewWebhookName the name the webhook is registered under
     */
    public record Provisioning(
            @Nullable Integer concurrency,
            @Nullable Integer chunkSize,
            @Nullable Duration activationBudget,
            @Nullable String dstPolicy,
            @Nullable URI previewWebhookUri,
            @Nullable String previewWebhookName,
            @Nullable Duration outageBudget) {

        public Provisioning {
            outageBudget = outageBudget == null ? Duration.ofMinutes(10) : outageBudget;
            if (outageBudget.isNegative()) {
                throw new IllegalArgumentException("cxone-batch.provisioning.outage-budget " + outageBudget + " cannot be negative");
            }
            concurrency = concurrency == null ? 8 : concurrency;
            chunkSize = chunkSize == null ? 64 : chunkSize;
            activationBudget = activationBudget == null ? Duration.ofSeconds(60) : activationBudget;
            dstPolicy = dstPolicy == null || dstPolicy.isBlank() ? "shift" : dstPolicy.strip();
            previewWebhookName = previewWebhookName == null || previewWebhookName.isBlank()
                    ? "cxone-batch preview activated" : previewWebhookName.strip();
            if (concurrency < 1 || chunkSize < 1) {
                throw new IllegalArgumentException("cxone-batch.provisioning.concurrency (" + concurrency
                        + ") and chunk-size (" + chunkSize + ") must be at least 1");
            }
            if (activationBudget.isNegative()) {
                throw new IllegalArgumentException("cxone-batch.provisioning.activation-budget " + activationBudget
                        + " cannot be negative");
            }
        }

        static Provisioning defaults() {
            return new Provisioning(null, null, null, null, null, null, null);
        }

        public DstPolicy dstPolicyValue() {
            try {
                return DstPolicy.valueOf(dstPolicy.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cxone-batch.provisioning.dst-policy '" + dstPolicy
                        + "' is neither shift nor strict", e);
            }
        }
    }

    /**
     * How suppression-crossref reads its sources.
     *
     * @param maxSourceAge how old a local do-not-call copy may be ({@code dncAsOf}); federal rules say 31 days
     * @param defaultRegion the region (ISO 3166 code) numbers without a country code are read in
     */
    public record Suppression(@Nullable Duration maxSourceAge, @Nullable String defaultRegion) {

        public Suppression {
            maxSourceAge = maxSourceAge == null ? Duration.ofDays(31) : maxSourceAge;
            defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? "US" : defaultRegion.strip().toUpperCase(Locale.ROOT);
            if (maxSourceAge.isNegative()) {
                throw new IllegalArgumentException("cxone-batch.suppression.max-source-age " + maxSourceAge + " cannot be negative");
            }
        }

        static Suppression defaults() {
            return new Suppression(null, null);
        }
    }

    /**
     * How dialer-parameter-update works through a pacing plan.
     *
     * @param concurrency campaigns updated at once (each read, PUT and read back in turn), through the client's rate limiter
     * @param outageBudget how long CXone may go unanswered before the step stops FAILED with the rows still PENDING
     * @param analyticsWebhookUri where each accepted update is announced (POST, through the outbox); none when unset
     */
    public record Pacing(@Nullable Integer concurrency, @Nullable Duration outageBudget, @Nullable URI analyticsWebhookUri) {

        public Pacing {
            concurrency = concurrency == null ? 4 : concurrency;
            outageBudget = outageBudget == null ? Duration.ofMinutes(10) : outageBudget;
            if (concurrency < 1) {
                throw new IllegalArgumentException("cxone-batch.pacing.concurrency " + concurrency + " must be at least 1");
            }
            requireWebhook("cxone-batch.pacing.analytics-webhook-uri", analyticsWebhookUri);
        }

        static Pacing defaults() {
            return new Pacing(null, null, null);
        }
    }

    /**
     * How agent-assignment works through a roster.
     *
     * @param concurrency campaigns dispatched at once
     * @param outageBudget as for the pacing job
     * @param workforceWebhookUri where each accepted dispatch is announced (POST, through the outbox); none when unset
     * @param targetCallsPerHour the call rate an agent is expected to sustain, for the capacity score
     * @param maxRebalances how many times a dispatch CXone refused for capacity (409) is cut and sent again
     * @param rebalanceStep the share of a refused dispatch left out on each rebalance
     */
    public record Assignment(@Nullable Integer concurrency, @Nullable Duration outageBudget, @Nullable URI workforceWebhookUri,
            @Nullable Double targetCallsPerHour, @Nullable Integer maxRebalances, @Nullable Double rebalanceStep) {

        public Assignment {
            concurrency = concurrency == null ? 4 : concurrency;
            outageBudget = outageBudget == null ? Duration.ofMinutes(10) : outageBudget;
            targetCallsPerHour = targetCallsPerHour == null ? 30.0 : targetCallsPerHour;
            maxRebalances = maxRebalances == null ? RebalancePolicy.DEFAULT.maxRebalances() : maxRebalances;
            rebalanceStep = rebalanceStep == null ? RebalancePolicy.DEFAULT.step() : rebalanceStep;
            if (concurrency < 1) {
                throw new IllegalArgumentException("cxone-batch.assignment.concurrency " + concurrency + " must be at least 1");
            }
            requireWebhook("cxone-batch.assignment.workforce-webhook-uri", workforceWebhookUri);
        }

        static Assignment defaults() {
            return new Assignment(null, null, null, null, null, null);
        }

        public RebalancePolicy rebalancePolicy() {
            return new RebalancePolicy(maxRebalances, rebalanceStep);
        }
    }

    /**
     * How the outbox's notifications are delivered.
     *
     * @param maxAttempts attempts before a notification is DEAD
     * @param firstBackoff the wait after the first failed attempt; it doubles with each further failure
     * @param maxBackoff the longest wait between attempts
     * @param drainOnExit how long a one-shot {@code run} waits, after its job, for its notifications to be delivered
     *     before it exits (those still pending are delivered by the next process that runs the relay)
     * @param lease how long a relay holds a notification it claimed: a relay that dies mid-delivery leaves it to the
     *     others once its lease runs out; longer than one delivery may take (ten seconds)
     */
    public record Outbox(@Nullable Integer maxAttempts, @Nullable Duration firstBackoff, @Nullable Duration maxBackoff,
            @Nullable Duration drainOnExit, @Nullable Duration lease) {

        public Outbox {
            maxAttempts = maxAttempts == null ? RelayPolicy.DEFAULT.maxAttempts() : maxAttempts;
            firstBackoff = firstBackoff == null ? RelayPolicy.DEFAULT.firstBackoff() : firstBackoff;
            maxBackoff = maxBackoff == null ? RelayPolicy.DEFAULT.maxBackoff() : maxBackoff;
            drainOnExit = drainOnExit == null ? Duration.ofSeconds(15) : drainOnExit;
            lease = lease == null ? RelayPolicy.DEFAULT.lease() : lease;
        }

        static Outbox defaults() {
            return new Outbox(null, null, null, null, null);
        }

        public RelayPolicy relayPolicy() {
            return new RelayPolicy(maxAttempts, firstBackoff, maxBackoff, lease);
        }
    }

    /**
     * How campaign-status-monitor judges what it sees.
     *
     * @param activationBudget how long a campaign may stay ACTIVATING before it is flagged ACTIVATION_OVERDUE
     */
    public record Monitor(@Nullable Duration activationBudget) {

        public Monitor {
            activationBudget = activationBudget == null ? Duration.ofMinutes(15) : activationBudget;
            if (activationBudget.isNegative() || activationBudget.isZero()) {
                throw new IllegalArgumentException("cxone-batch.monitor.activation-budget " + activationBudget + " must be positive");
            }
        }

        static Monitor defaults() {
            return new Monitor(null);
        }
    }

    /**
     * How adherence-report reads a business date.
     *
     * @param businessZone the zone business dates are days of (and the default date is yesterday in)
     * @param defaultCallingHours the legal calling hours, {@code HH:mm-HH:mm} local to a campaign's zone
     * @param callingHours the jurisdictions whose hours differ, by campaign zone:
     *     {@code cxone-batch.adherence.calling-hours[America/Chicago]=09:00-20:00}
     */
    public record Adherence(@Nullable ZoneId businessZone, @Nullable String defaultCallingHours,
            @Nullable Map<String, String> callingHours) {

        public Adherence {
            businessZone = businessZone == null ? ZoneId.of("UTC") : businessZone;
            defaultCallingHours = defaultCallingHours == null ? "08:00-21:00" : defaultCallingHours;
            callingHours = callingHours == null ? Map.of() : Map.copyOf(callingHours);
            hours("cxone-batch.adherence.default-calling-hours", defaultCallingHours);
            callingHours.forEach((zone, hours) -> hours("cxone-batch.adherence.calling-hours[" + zone + "]", hours));
        }

        static Adherence defaults() {
            return new Adherence(null, null, null);
        }

        public CallingHours defaultHours() {
            return hours("cxone-batch.adherence.default-calling-hours", defaultCallingHours);
        }

        /** The jurisdictions' own calling hours, by zone. */
        public Map<ZoneId, CallingHours> hoursByZone() {
            Map<ZoneId, CallingHours> byZone = new LinkedHashMap<>();
            callingHours.forEach((zone, hours) -> byZone.put(ZoneId.of(zone.strip()),
                    hours("cxone-batch.adherence.calling-hours[" + zone + "]", hours)));
            return byZone;
        }

        private static CallingHours hours(String property, String text) {
            String[] bounds = text.strip().split("-");
            try {
                return new CallingHours(LocalTime.parse(bounds[0].strip()), LocalTime.parse(bounds[1].strip()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(property + " '" + text + "' is not calling hours as HH:mm-HH:mm", e);
            }
        }
    }

    /** A webhook is an absolute http or https URL with a host, or unset; anything else is refused at start. */
    static void requireWebhook(String property, @Nullable URI uri) {
        if (uri != null && (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme())
                || "https".equalsIgnoreCase(uri.getScheme())))) {
            throw new IllegalArgumentException(property + " must be an http or https URL with a host, not '"
                    + uri.getScheme() + "://" + uri.getHost() + "…'");
        }
    }

    /**
     * When {@code serve} starts a job.
     *
     * @param cron a Quartz cron expression (seconds first)
     * @param zone the IANA zone the cron expression is read in
     * @param parameters job parameters given to every scheduled run
     */
    public record Schedule(String cron, @Nullable String zone, @Nullable Map<String, String> parameters) {
    }
}
