package io.cxonebatch.bootstrap.config;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.adapters.cxone.CxoneDialect;
import io.cxonebatch.adapters.cxone.RequestBudget;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
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
    static final String SANDBOX_ACCESS_KEY_ID = "cxone-batch-access-key";
    static final String SANDBOX_ACCESS_KEY_SECRET = "sandbox-access-secret";
    /**
     * The sandbox's seeded reporting campaign and DNC groups, taken under --sandbox when none is configured, and the
     * clock its business unit keeps skill schedules on.
     */
    static final CxoneProperties.SandboxTenant SANDBOX_TENANT =
            new CxoneProperties.SandboxTenant(101, List.of(1, 2), ZoneId.of("America/New_York"));

    @Bean(destroyMethod = "close")
    @Lazy
    CxoneSandbox cxoneSandbox(CxoneBatchProperties properties) {
        return CxoneSandbox.builder()
                .port(0)
                .clientId(SANDBOX_CLIENT_ID)
                .clientSecret(SANDBOX_CLIENT_SECRET)
                .accessKey(SANDBOX_ACCESS_KEY_ID, SANDBOX_ACCESS_KEY_SECRET)
                .businessUnitZone(SANDBOX_TENANT.businessUnitZone())
                .stateFile(properties.dataDir().resolve("sandbox-state.json").toAbsolutePath())
                .start();
    }

    @Bean
    @Lazy
    CxoneAdapter cxoneAdapter(CxoneBatchProperties batch, CxoneProperties cxone, ObjectProvider<CxoneSandbox> sandbox,
            ObjectProvider<MeterRegistry> meterRegistry, DataSource dataSource) {
        MeterRegistry registry = meterRegistry.getIfAvailable(SimpleMeterRegistry::new);
        RequestBudget budget = cxone.sharesRateLimit() ? RequestBudget.sharedIn(dataSource) : RequestBudget.perProcess();
        CxoneDialect dialect = cxone.dialectValue();
        if (batch.sandbox()) {
            // The product's own rate limit, as against a real tenant: the sandbox is no reason to pace differently.
            URI sandboxUrl = sandbox.getObject().baseUrl();
            return CxoneAdapter.create(dialect == CxoneDialect.ADMIN
                    ? cxone.toAdminSettings(sandboxUrl, SANDBOX_ACCESS_KEY_ID, SANDBOX_ACCESS_KEY_SECRET, SANDBOX_TENANT)
                    : cxone.toSettings(sandboxUrl, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET), registry, budget);
        }
        if (dialect == CxoneDialect.ADMIN) {
            CxoneProperties.Admin admin = cxone.adminValues();
            String secret = cxone.accessKeySecret();
            if (!CxoneProperties.hasText(cxone.baseUrl()) || !CxoneProperties.hasText(admin.accessKeyId())
                    || !CxoneProperties.hasText(secret)) {
                throw new ConfigurationException("CXone's Admin API is not configured: set CXONE_BASE_URL (the authentication"
                        + " host), CXONE_ACCESS_KEY_ID and CXONE_ACCESS_KEY_SECRET_FILE, or add --sandbox to use the built-in"
                        + " CXone sandbox.");
            }
            return CxoneAdapter.create(cxone.toAdminSettings(URI.create(cxone.baseUrl()), admin.accessKeyId(), secret, null),
                    registry, budget);
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
