package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.bootstrap.outbox.OutboxRelayRunner;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs as a daemon: Quartz schedules (clustered), JMX job operations, Actuator health and metrics over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run as a daemon: clustered Quartz schedules, JMX job operations, Actuator health and metrics.")
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port of the Actuator endpoints (default: ${DEFAULT-VALUE}).")
    int port;

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
        serve.put("management.endpoints.web.exposure.include", "health,info,metrics,prometheus");
        // Which parts are up (db, cxone, quartz) but not their details, which may name hosts and errors.
        serve.put("management.endpoint.health.show-components", "always");
        serve.put("logging.threshold.console", "INFO");
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = SpringContexts.start(options, serve, WebApplicationType.SERVLET);
        JobRuns.requireCxone(context.getEnvironment());
        context.getBean(OutboxRelayRunner.class).start();
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        spec.commandLine().getOut().printf("cxone-batch is serving: health at http://127.0.0.1:%d/actuator/health; stop with Ctrl-C.%n", port);
        closed.await();
        return ExitCodes.OK;
    }
}
