package io.cxonebatch.bootstrap.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Starts the embedded PostgreSQL as soon as the environment says it is wanted (no data source configured) and where
 * (the data dir), before Spring reads the configuration classes: the server's start, mostly waiting for its processes,
 * then overlaps the building of the application instead of adding to it. {@link EmbeddedDataSourceConfiguration}
 * takes the server over.
 */
public final class EarlyEmbeddedPostgres implements ApplicationContextInitializer<GenericApplicationContext> {

    private static final String BEAN_NAME = "startingEmbeddedPostgres";

    @Override
    public void initialize(GenericApplicationContext context) {
        if (!NoDataSourceConfigured.in(context.getEnvironment())) {
            return;
        }
        Path dataDir = Binder.get(context.getEnvironment()).bind("cxone-batch.data-dir", String.class).map(Path::of)
                .orElse(CxoneBatchProperties.DEFAULT_DATA_DIR);
        StartingEmbeddedPostgres starting = StartingEmbeddedPostgres.start(EmbeddedDataSourceConfiguration.serverDirectory(dataDir));
        // A singleton from the start, so that a failure at any point of the refresh closes it.
        context.getDefaultListableBeanFactory().registerSingleton(BEAN_NAME, starting);
        context.getDefaultListableBeanFactory().registerDisposableBean(BEAN_NAME, starting::close);
    }
}
