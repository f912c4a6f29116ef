package io.cxonebatch.bootstrap.config;

/** Configuration needed by a command is missing or wrong; the message says what to set. */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }
}
