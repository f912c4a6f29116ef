package io.cxonebatch.bootstrap.config;

import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Batch on the project's PostgreSQL: the JDBC job repository on the {@code BATCH_} tables that the
 * {@code db} module's migrations create (Spring Batch never creates its own schema here).
 */
@Configuration(proxyBeanMethods = false)
class BatchConfiguration extends JdbcDefaultBatchConfiguration {
}
