package io.cxonebatch.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LogFormatSelectionTest {

    private final LogFormatSelection selection = new LogFormatSelection();

    private MockEnvironment selected(MockEnvironment environment) {
        selection.postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void textKeepsSpringBootsOwnChoiceOfLogbackSpringXml() {
        assertThat(selected(new MockEnvironment()).getProperty("logging.config")).isNull();
        assertThat(selected(new MockEnvironment().withProperty("cxone-batch.log-format", "text")).getProperty("logging.config")).isNull();
    }

    @Test
    void jsonSwitchesToTheStructuredConfiguration() {
        assertThat(selected(new MockEnvironment().withProperty("cxone-batch.log-format", " JSON ")).getProperty("logging.config"))
                .isEqualTo("classpath:logback-json.xml");
    }

    @Test
    void anExplicitLoggingConfigStillWins() {
        MockEnvironment environment = new MockEnvironment().withProperty("cxone-batch.log-format", "json")
                .withProperty("logging.config", "file:/etc/cxone-batch/logback.xml");

        assertThat(selected(environment).getProperty("logging.config")).isEqualTo("file:/etc/cxone-batch/logback.xml");
    }

    @Test
    void anyOtherFormatIsAConfigurationErrorThatSaysWhatIsAllowed() {
        assertThatThrownBy(() -> selected(new MockEnvironment().withProperty("cxone-batch.log-format", "xml")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("cxone-batch.log-format is 'xml': it must be text or json");
    }
}
