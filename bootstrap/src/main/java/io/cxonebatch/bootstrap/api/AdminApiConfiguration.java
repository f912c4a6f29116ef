package io.cxonebatch.bootstrap.api;

import io.cxonebatch.bootstrap.batch.JobRunner;
import io.cxonebatch.bootstrap.config.CxoneBatchProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admin API's wiring: its credentials (without any, {@code serve} refuses to start), the filter that holds every
 * {@code /api/**} request to them while Actuator stays open, and the services its controllers share.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnAdminApi
class AdminApiConfiguration {

    @Bean
    ApiCredentials apiCredentials(@Value("${cxone-batch.api.token:}") String token, @Value("${cxone-batch.api.user:operator}") String user,
            @Value("${cxone-batch.api.password:}") String password) {
        return ApiCredentials.of(token, user, password);
    }

    /** A servlet filter, not a handler interceptor: a refused request never reaches Spring MVC, an unknown path included. */
    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ApiCredentials credentials) {
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(credentials));
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean(destroyMethod = "close")
    ApiRuns apiRuns(JobRunner runner) {
        return new ApiRuns(runner);
    }

    @Bean
    ReportFiles reportFiles(CxoneBatchProperties properties) {
        return new ReportFiles(properties.reportsDir());
    }
}
