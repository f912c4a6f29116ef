package io.cxonebatch.bootstrap.config;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.adapters.persistence.AuditPersistenceAdapter;
import io.cxonebatch.adapters.persistence.CampaignPersistenceAdapter;
import io.cxonebatch.adapters.persistence.WebhookRegistryPersistenceAdapter;
import io.cxonebatch.application.service.ActivationPolicy;
import io.cxonebatch.application.service.CxoneCampaignPorts;
import io.cxonebatch.application.service.EnsureWebhookService;
import io.cxonebatch.application.service.KnownCampaignPorts;
import io.cxonebatch.application.service.ProvisionCampaignService;
import io.cxonebatch.domain.pacing.EngineLimits;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The use cases, on the adapters. Those that call CXone are lazy like the CXone adapter itself: only a job step
 * that runs asks for them.
 */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EngineLimits engineLimits(CxoneBatchProperties properties) {
        return properties.engine().toLimits();
    }

    @Bean
    @Lazy
    ProvisionCampaignService provisionCampaignService(CxoneAdapter cxone, CampaignPersistenceAdapter campaigns,
            AuditPersistenceAdapter audit, EngineLimits limits, CxoneBatchProperties properties, Clock clock) {
        return new ProvisionCampaignService(CxoneCampaignPorts.of(cxone), KnownCampaignPorts.of(campaigns), audit, limits,
                ActivationPolicy.withBudget(properties.provisioning().activationBudget()), clock);
    }

    @Bean
    @Lazy
    EnsureWebhookService ensureWebhookService(CxoneAdapter cxone, WebhookRegistryPersistenceAdapter registry,
            AuditPersistenceAdapter audit, Clock clock) {
        return new EnsureWebhookService(cxone, registry, audit, clock);
    }
}
