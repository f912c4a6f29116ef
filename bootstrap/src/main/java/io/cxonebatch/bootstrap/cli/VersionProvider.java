package io.cxonebatch.bootstrap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version from the build information Maven writes into the jar. */
class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties build = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in != null) {
                build.load(in);
            }
        }
        String version = build.getProperty("build.version", "development build");
        String time = build.getProperty("build.time", "");
        return new String[] {
            "cxone-batch " + version + (time.isEmpty() ? "" : " (built " + time + ")"),
            "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")
        };
    }
}
