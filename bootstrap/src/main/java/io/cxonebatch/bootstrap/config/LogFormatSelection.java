package io.cxonebatch.bootstrap.config;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code cxone-batch.log-format}: {@code text}, the default, keeps {@code logback-spring.xml} (Spring Boot's lines);
 * {@code json} switches to {@code logback-json.xml}, one JSON object a line in Spring Boot's structured format. It runs
 * before logging starts, so that a wrong value stops the command with the configuration exit code and a sentence, not
 * with the logging system's stack trace. An explicit {@code logging.config} still wins.
 */
public class LogFormatSelection implements EnvironmentPostProcessor {

    static final String PROPERTY = "cxone-batch.log-format";
    static final String JSON_CONFIG = "classpath:logback-json.xml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty(PROPERTY, "text").strip().toLowerCase(Locale.ROOT);
        switch (format) {
            case "text" -> {
            }
            case "json" -> environment.getPropertySources().addLast(
                    new MapPropertySource(PROPERTY, Map.of("logging.config", JSON_CONFIG)));
            default -> throw new ConfigurationException(PROPERTY + " is '" + format + "': it must be text or json");
        }
    }
}
