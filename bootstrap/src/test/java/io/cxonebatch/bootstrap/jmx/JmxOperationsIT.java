package io.cxonebatch.bootstrap.jmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.application.monitor.MonitorJob;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The daemon's JMX operations through a real connector on 127.0.0.1, as jconsole or a script would reach them. */
class JmxOperationsIT {

    private static final String PASSWORD = "jmx-test-secret";

    @TempDir
    Path dataDir;

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void launchesListsAndReportsExecutionsForAnOperatorWithCredentialsAndRefusesAnyoneElse() throws Exception {
        int port = freePort();
        try (CxoneSandbox sandbox = JobHarness.sandbox().start();
                JobHarness harness = new JobHarness(sandbox, dataDir).with("cxone-batch.serve", true).with("spring.jmx.enabled", true)
                        .with("spring.quartz.auto-startup", false).with("cxone-batch.jmx.port", port)
                        .with("cxone-batch.jmx.password", PASSWORD);
                ConfigurableApplicationContext context = harness.start()) {
            JMXServiceURL address = context.getBean(JmxConnector.class).address();
            assertThat(address.toString()).contains("127.0.0.1:" + port);

            assertThatThrownBy(() -> JMXConnectorFactory.connect(address)).isInstanceOf(SecurityException.class);
            assertThatThrownBy(() -> JMXConnectorFactory.connect(address, Map.of(JMXConnector.CREDENTIALS,
                    new String[] {"operator", "wrong"}))).isInstanceOf(SecurityException.class);

            try (JMXConnector connector = JMXConnectorFactory.connect(address, Map.of(JMXConnector.CREDENTIALS,
                    new String[] {"operator", PASSWORD}))) {
                MBeanServerConnection jmx = connector.getMBeanServerConnection();
                ObjectName operations = new ObjectName("io.cxonebatch:type=JobOperations");

                assertThat((List<String>) jmx.invoke(operations, "jobNames", null, null)).contains(MonitorJob.NAME,
                        "campaign-provisioning", "adherence-report");
                String outcome = (String) jmx.invoke(operations, "start", new Object[] {MonitorJob.NAME, ""},
                        new String[] {String.class.getName(), String.class.getName()});
                assertThat(outcome).startsWith(MonitorJob.NAME + " execution ").contains("COMPLETED");
                long executionId = Long.parseLong(outcome.replaceAll(".* execution (\\d+):.*", "$1"));

                List<String> recent = (List<String>) jmx.invoke(operations, "recentExecutions", new Object[] {5},
                        new String[] {"int"});
                assertThat(recent).first().asString().startsWith(executionId + " " + MonitorJob.NAME + " COMPLETED");
                assertThat((String) jmx.invoke(operations, "status", new Object[] {executionId}, new String[] {"long"}))
                        .contains("COMPLETED");
                assertThatThrownBy(() -> jmx.invoke(operations, "start", new Object[] {"no-such-job", ""},
                        new String[] {String.class.getName(), String.class.getName()})).rootCause()
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-job");
            }
        }
    }
}
