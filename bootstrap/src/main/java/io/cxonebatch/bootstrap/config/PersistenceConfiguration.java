package io.cxonebatch.bootstrap.config;

import io.cxonebatch.adapters.persistence.AdherencePersistenceAdapter;
import io.cxonebatch.adapters.persistence.AgentDispatchPersistenceAdapter;
import io.cxonebatch.adapters.persistence.AuditPersistenceAdapter;
import io.cxonebatch.adapters.persistence.CampaignObservationsPersistenceAdapter;
import io.cxonebatch.adapters.persistence.CampaignPersistenceAdapter;
import io.cxonebatch.adapters.persistence.OutboxPersistenceAdapter;
import io.cxonebatch.adapters.persistence.StageItemsPersistenceAdapter;
import io.cxonebatch.adapters.persistence.SuppressionPersistenceAdapter;
import io.cxonebatch.adapters.persistence.WebhookRegistryPersistenceAdapter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The persistence adapters, on the application's data source. */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    AuditPersistenceAdapter auditPersistenceAdapter(DataSource dataSource) {
        return new AuditPersistenceAdapter(dataSource, actor());
    }

    @Bean
    CampaignPersistenceAdapter campaignPersistenceAdapter(DataSource dataSource) {
        return new CampaignPersistenceAdapter(dataSource);
    }

    @Bean
    SuppressionPersistenceAdapter suppressionPersistenceAdapter(DataSource dataSource) {
        return new SuppressionPersistenceAdapter(dataSource);
    }

    @Bean
    StageItemsPersistenceAdapter stageItemsPersistenceAdapter(DataSource dataSource) {
        return new StageItemsPersistenceAdapter(dataSource);
    }

    @Bean
    AdherencePersistenceAdapter adherencePersistenceAdapter(DataSource dataSource) {
        return new AdherencePersistenceAdapter(dataSource);
    }

    @Bean
    CampaignObservationsPersistenceAdapter campaignObservationsPersistenceAdapter(DataSource dataSource) {
        return new CampaignObservationsPersistenceAdapter(dataSource);
    }

    @Bean
    OutboxPersistenceAdapter outboxPersistenceAdapter(DataSource dataSource) {
        return new OutboxPersistenceAdapter(dataSource);
    }

    @Bean
    AgentDispatchPersistenceAdapter agentDispatchPersistenceAdapter(DataSource dataSource) {
        return new AgentDispatchPersistenceAdapter(dataSource);
    }

    @Bean
    WebhookRegistryPersistenceAdapter webhookRegistryPersistenceAdapter(DataSource dataSource) {
        return new WebhookRegistryPersistenceAdapter(dataSource);
    }

    /** Who made a change: the operating-system user and the host, as compliance officers ask. */
    static String actor() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return System.getProperty("user.name", "unknown") + "@" + host;
    }
}
