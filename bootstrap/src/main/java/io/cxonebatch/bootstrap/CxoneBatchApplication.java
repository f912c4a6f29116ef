package io.cxonebatch.bootstrap;

import io.cxonebatch.bootstrap.cli.CxoneBatchCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The cxone-batch application. {@link #main} hands the arguments to the command line, which starts Spring only
 * for the commands that need it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CxoneBatchApplication {

    public static void main(String[] args) {
        System.exit(CxoneBatchCli.execute(args));
    }
}
