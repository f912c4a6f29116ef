package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.bootstrap.CxoneBatchApplication;
import io.cxonebatch.bootstrap.batch.PrivateFiles;
import io.cxonebatch.bootstrap.config.DatabaseOnlyApplication;
import io.cxonebatch.bootstrap.config.EarlyEmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command that needs the database, CXone or the jobs. */
final class SpringContexts {

    private SpringContexts() {
    }

    /** The whole application, for the commands that run or stop jobs. */
    static ConfigurableApplicationContext start(GlobalOptions options) {
        return start(options, Map.of(), WebApplicationType.NONE);
    }

    static ConfigurableApplicationContext start(GlobalOptions options, Map<String, Object> extra, WebApplicationType web) {
        return start(CxoneBatchApplication.class, options, extra, web);
    }

    /** The database alone, migrated, for the commands that only read the records (see {@link DatabaseOnlyApplication}). */
    static ConfigurableApplicationContext startDatabaseOnly(GlobalOptions options) {
        return start(DatabaseOnlyApplication.class, options, Map.of(), WebApplicationType.NONE);
    }

    private static ConfigurableApplicationContext start(Class<?> application, GlobalOptions options, Map<String, Object> extra,
            WebApplicationType web) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>(options.asProperties());
        properties.putAll(extra);
        // application.properties says "none" for the CLI; spring.main.* would override the builder's web().
        properties.put("spring.main.web-application-type", web.name().toLowerCase(java.util.Locale.ROOT));
        // As command-line arguments, so that they win over application.properties and the environment;
        // builder.properties(...) would only set defaults, which application.properties overrides.
        privateDataDirectory(properties);
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(application)
                .web(web)
                .logStartupInfo(false)
                .registerShutdownHook(true)
                .initializers(new EarlyEmbeddedPostgres())
                .run(arguments);
    }

    /**
     * The data directory and its logs as {@code 0700} before anything (the log file first of all) is written there: the
     * database, the logs, the reports and the sandbox's tenant are this OS user's alone.
     */
    private static void privateDataDirectory(Map<String, Object> properties) {
        Object configured = properties.get("cxone-batch.data-dir");
        String dataDir = configured != null ? configured.toString()
                : Objects.requireNonNullElse(System.getenv("CXONE_BATCH_DATA_DIR"), ".cxone-batch");
        try {
            PrivateFiles.ownDirectory(Path.of(dataDir));
            PrivateFiles.ownDirectory(Path.of(dataDir, "logs"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
