package io.cxonebatch.bootstrap.config;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.batch.core.configuration.annotation.BatchObservabilityBeanPostProcessor;
import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Isolation;

/**
 * Spring Batch on the project's PostgreSQL: the JDBC job repository on the {@code BATCH_} tables that the
 * {@code db} module's migrations create (Spring Batch never creates its own schema here). Jobs, steps and the job
 * operator report to the application's observation registry, which Spring Boot ties to its meter registry: every run
 * and every step is timed ({@code spring.batch.job}, {@code spring.batch.step}, by job name and status).
 */
@Configuration(proxyBeanMethods = false)
class BatchConfiguration extends JdbcDefaultBatchConfiguration {

    /**
     * Gives every job and step bean the observation registry, as Spring Boot's batch auto-configuration would; this
     * project configures Spring Batch itself, so that auto-configuration is not on the classpath.
     */
    @Bean
    static BatchObservabilityBeanPostProcessor batchObservabilityBeanPostProcessor() {
        return new BatchObservabilityBeanPostProcessor();
    }

    @Override
    protected ObservationRegistry getObservationRegistry() {
        return applicationContext.getBeanProvider(ObservationRegistry.class).getIfAvailable(() -> ObservationRegistry.NOOP);
    }

    /**
     * Spring Batch creates executions under SERIALIZABLE by default, to keep two launches of one job instance apart.
     * Here the job's run lock does that (one run of a job at a time across every process), and under SERIALIZABLE two
     * processes starting two different jobs at the same moment fail one launch with PostgreSQL's "could not serialize
     * access". READ COMMITTED leaves the separation to the lock.
     */
    @Override
    protected Isolation getIsolationLevelForCreate() {
        return Isolation.READ_COMMITTED;
    }
}
