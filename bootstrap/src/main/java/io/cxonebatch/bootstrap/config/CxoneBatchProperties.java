package io.cxonebatch.bootstrap.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The product's own settings ({@code cxone-batch.*}); CXone connection settings are under {@code cxone.*}.
 *
 * @param dataDir where the embedded PostgreSQL, the sandbox state, reports and logs live
 * @param sandbox whether the CXone client talks to the built-in sandbox (the {@code --sandbox} flag)
 * @param engine the engine limits every plan is checked against
 * @param schedules cron schedules for {@code serve}, by job name
 */
@ConfigurationProperties("cxone-batch")
public record CxoneBatchProperties(
        Path dataDir, boolean sandbox, Engine engine, Map<String, Schedule> schedules) {

    public CxoneBatchProperties {
        dataDir = dataDir == null ? Path.of(".cxone-batch") : dataDir;
        engine = engine == null ? Engine.defaults() : engine;
        schedules = schedules == null ? Map.of() : new LinkedHashMap<>(schedules);
    }

    /** The directory reports, rejects files and exports are written to. */
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
