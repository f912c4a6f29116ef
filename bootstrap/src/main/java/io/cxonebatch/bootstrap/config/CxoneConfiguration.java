package io.cxonebatch.bootstrap.config;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.adapters.cxone.RequestBudget;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The CXone adapter, pointed either at the configured tenant or, with {@code --sandbox}, at an in-process
 * sandbox whose tenant state is kept under the data directory. Both are lazy: commands that never call CXone
 * (jobs, status, audit) neither start the sandbox nor need credentials.
 */
@Configuration(proxyBeanMethods = false)
class CxoneConfiguration {

    static final String SANDBOX_CLIENT_ID = "cxone-batch";
    static final String SANDBOX_CLIENT_SECRET = "sandbox-secret";

    @Bean(destroyMethod = "close")
    @Lazy
    CxoneSandbox cxoneSandbox(CxoneBatchProperties properties) {
        return CxoneSandbox.builder()
                .port(0)
                .clientId(SANDBOX_CLIENT_ID)
                .clientSecret(SANDBOX_CLIENT_SECRET)
                .stateFile(properties.dataDir().resolve("sandbox-state.json").toAbsolutePath())
                .start();
    }

    @Bean
    @Lazy
    CxoneAdapter cxoneAdapter(CxoneBatchProperties batch, CxoneProperties cxone, ObjectProvider<CxoneSandbox> sandbox,
            ObjectProvider<MeterRegistry> meterRegistry, DataSource dataSource) {
        MeterRegistry registry = meterRegistry.getIfAvailable(SimpleMeterRegistry::new);
        RequestBudget budget = cxone.sharesRateLimit() ? RequestBudget.sharedIn(dataSource) : RequestBudget.perProcess();
        if (batch.sandbox()) {
            // The product's own rate limit, as against a real tenant: the sandbox is no reason to pace differently.
            return CxoneAdapter.create(cxone.toSettings(sandbox.getObject().baseUrl(), SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET), registry,
                    budget);
        }
        if (!CxoneProperties.hasText(cxone.baseUrl()) || !CxoneProperties.hasText(cxone.clientId())
                || !CxoneProperties.hasText(cxone.secret())) {
            throw new ConfigurationException("CXone is not configured: set CXONE_BASE_URL, CXONE_CLIENT_ID and "
                    + "CXONE_CLIENT_SECRET to use a real tenant, or add --sandbox to use the built-in CXone sandbox.");
        }
        return CxoneAdapter.create(cxone.toSettings(URI.create(cxone.baseUrl()), cxone.clientId(), cxone.secret()), registry,
                budget);
    }
}
