package io.cxonebatch.bootstrap;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The cxone-batch application's Spring configuration, the root every bean is found from. The process starts in
 * the command line ({@code cli.CxoneBatchCli#main}), which starts Spring only for the commands that need it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CxoneBatchApplication {
}
