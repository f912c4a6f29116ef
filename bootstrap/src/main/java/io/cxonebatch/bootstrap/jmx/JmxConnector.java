package io.cxonebatch.bootstrap.jmx;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.RMIServerSocketFactory;
import java.rmi.server.UnicastRemoteObject;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;
import javax.management.remote.JMXAuthenticator;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXPrincipal;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;
import javax.security.auth.Subject;

/**
 * A JMX connector for {@code serve}, on 127.0.0.1 only (registry and connector on one port), that takes a connection
 * only with the configured user and password: {@code service:jmx:rmi://127.0.0.1:PORT/jndi/rmi://127.0.0.1:PORT/jmxrmi}.
 */
public final class JmxConnector implements AutoCloseable {

    private final Registry registry;
    private final JMXConnectorServer server;
    private final JMXServiceURL address;

    private JmxConnector(Registry registry, JMXConnectorServer server, JMXServiceURL address) {
        this.registry = registry;
        this.server = server;
        this.address = address;
    }

    /** @throws IllegalArgumentException when no password is configured: a JMX port is never opened without one */
    public static JmxConnector start(int port, String user, String password) throws IOException {
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("cxone-batch.jmx.port is set but cxone-batch.jmx.password is not: the JMX"
                    + " connector is not opened without credentials");
        }
        RMIServerSocketFactory loopback = new LoopbackSockets();
        Registry registry = LocateRegistry.createRegistry(port, null, loopback);
        JMXServiceURL address = new JMXServiceURL("service:jmx:rmi://127.0.0.1:" + port + "/jndi/rmi://127.0.0.1:" + port + "/jmxrmi");
        Map<String, Object> environment = Map.of(
                JMXConnectorServer.AUTHENTICATOR, new PasswordCheck(user, password),
                RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, loopback);
        JMXConnectorServer server = JMXConnectorServerFactory.newJMXConnectorServer(address, environment,
                ManagementFactory.getPlatformMBeanServer());
        try {
            server.start();
        } catch (IOException e) {
            UnicastRemoteObject.unexportObject(registry, true);
            throw e;
        }
        return new JmxConnector(registry, server, address);
    }

    public JMXServiceURL address() {
        return address;
    }

    @Override
    public void close() throws IOException {
        try {
            server.stop();
        } finally {
            UnicastRemoteObject.unexportObject(registry, true);
        }
    }

    /** Sockets that listen on the loopback interface only. */
    private record LoopbackSockets() implements RMIServerSocketFactory {

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            return new ServerSocket(port, 0, InetAddress.getLoopbackAddress());
        }
    }

    /** The configured user and password, compared in constant time. */
    private record PasswordCheck(String user, String password) implements JMXAuthenticator {

        @Override
        public Subject authenticate(Object credentials) {
            if (!(credentials instanceof String[] pair) || pair.length != 2 || pair[0] == null || pair[1] == null
                    || !same(pair[0], user) | !same(pair[1], password)) {
                throw new SecurityException("JMX credentials refused");
            }
            return new Subject(true, Set.of(new JMXPrincipal(pair[0])), Set.of(), Set.of());
        }

        private static boolean same(String given, String expected) {
            return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
        }
    }
}
