package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.bootstrap.CxoneBatchApplication;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command that needs the database, CXone or the jobs. */
final class SpringContexts {

    private SpringContexts() {
    }

    static ConfigurableApplicationContext start(GlobalOptions options) {
        return start(options, Map.of(), WebApplicationType.NONE);
    }

    static ConfigurableApplicationContext start(GlobalOptions options, Map<String, Object> extra, WebApplicationType web) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>(options.asProperties());
        properties.putAll(extra);
        // application.properties says "none" for the CLI; spring.main.* would override the builder's web().
        properties.put("spring.main.web-application-type", web.name().toLowerCase(java.util.Locale.ROOT));
        // As command-line arguments, so that they win over application.properties and the environment;
        // builder.properties(...) would only set defaults, which application.properties overrides.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(CxoneBatchApplication.class)
                .web(web)
                .logStartupInfo(false)
                .registerShutdownHook(true)
                .run(arguments);
    }
}
