package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.bootstrap.outbox.OutboxRelayRunner;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs as a daemon: Quartz schedules (clustered), JMX job operations, Actuator health and metrics, the admin API over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run as a daemon: clustered Quartz schedules, JMX job operations, Actuator health and metrics, the admin API.")
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port of Actuator and the admin API (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--address", paramLabel = "ADDRESS",
            description = "Address the HTTP server listens on (default: server.address, else 127.0.0.1; 0.0.0.0 for every interface).")
    @Nullable String address;

    @Option(names = "--api", description = "Open the admin API under /api (as cxone-batch.api.enabled=true); it needs"
            + " cxone-batch.api.token, or cxone-batch.api.user and cxone-batch.api.password.")
    boolean api;

    @Mixin
    GlobalOptions options = new GlobalOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> serve = new LinkedHashMap<>();
        serve.put("cxone-batch.serve", "true");
        serve.put("spring.quartz.auto-startup", "true");
        serve.put("spring.jmx.enabled", "true");
        serve.put("server.port", Integer.toString(port));
        if (address != null) {
            serve.put("server.address", address);
        }
        if (api) {
            serve.put("cxone-batch.api.enabled", "true");
        }
        serve.put("management.endpoints.web.exposure.include", "health,info,metrics,prometheus");
        // Which parts are up (db, cxone, quartz) but not their details, which may name hosts and errors.
        serve.put("management.endpoint.health.show-components", "always");
        serve.put("logging.threshold.console", "INFO");
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = SpringContexts.start(options, serve, WebApplicationType.SERVLET);
        JobRuns.requireCxone(context);
        context.getBean(OutboxRelayRunner.class).start();
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        printAddresses(spec.commandLine().getOut(), context);
        closed.await();
        return ExitCodes.OK;
    }

    /** Where the server really listens: the address it was given and the port it got. */
    private static void printAddresses(PrintWriter out, ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        String host = environment.getProperty("server.address", "127.0.0.1");
        int boundPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + boundPort;
        out.printf("cxone-batch is serving: health at %s/actuator/health; stop with Ctrl-C.%n", base);
        if (environment.getProperty("cxone-batch.api.enabled", Boolean.class, false)) {
            out.printf("Admin API at %s/api/jobs (bearer token or user and password, as configured).%n", base);
        }
        out.flush();
    }
}
