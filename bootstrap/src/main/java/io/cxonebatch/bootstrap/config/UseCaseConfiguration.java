package io.cxonebatch.bootstrap.config;

import io.cxonebatch.domain.pacing.EngineLimits;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every job's use cases share: the clock and the engine limits. Each job wires its own use cases. */
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
}
