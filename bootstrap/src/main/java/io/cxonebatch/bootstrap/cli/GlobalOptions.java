package io.cxonebatch.bootstrap.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options every command that touches the database or CXone accepts. */
public class GlobalOptions {

    @Option(names = "--sandbox", description = "Talk to the built-in CXone sandbox instead of a real tenant.")
    boolean sandbox;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the embedded PostgreSQL, sandbox state, reports and logs live (default: ./.cxone-batch).")
    @Nullable Path dataDir;

    @Option(names = {"-D", "--property"}, paramLabel = "KEY=VALUE",
            description = "Set any configuration property, e.g. -Dcxone.rate-limit-per-minute=600.")
    Map<String, String> properties = new LinkedHashMap<>();

    /** The Spring properties these options stand for. */
    Map<String, Object> asProperties() {
        Map<String, Object> result = new LinkedHashMap<>(properties);
        if (sandbox) {
            result.put("cxone-batch.sandbox", "true");
        }
        if (dataDir != null) {
            result.put("cxone-batch.data-dir", dataDir.toString());
        }
        return result;
    }
}
