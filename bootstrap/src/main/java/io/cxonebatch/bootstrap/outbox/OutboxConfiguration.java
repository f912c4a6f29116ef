package io.cxonebatch.bootstrap.outbox;

import io.cxonebatch.adapters.notify.HttpNotificationDelivery;
import io.cxonebatch.adapters.persistence.AuditPersistenceAdapter;
import io.cxonebatch.adapters.persistence.OutboxPersistenceAdapter;
import io.cxonebatch.application.outbox.OutboxRelay;
import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's relay, on the outbox table and an HTTP client that gives each delivery ten seconds. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean(destroyMethod = "close")
    OutboxRelayRunner outboxRelayRunner(OutboxPersistenceAdapter outbox, AuditPersistenceAdapter audit,
            CxoneBatchProperties properties, Clock clock) {
        OutboxRelay relay = new OutboxRelay(outbox, new HttpNotificationDelivery(Duration.ofSeconds(10)), audit,
                properties.outbox().relayPolicy(), clock);
        return new OutboxRelayRunner(relay, outbox);
    }
}
