package io.cxonebatch.sandbox;

import io.cxonebatch.sandbox.internal.SandboxOptions;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the sandbox standalone: {@code java -jar cxone-sandbox.jar --port 8089 ...}; {@code --help} lists every
 * option with its default. Prints the base URL once listening and serves until the process is stopped, saving the
 * state file (if any) on the way out.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxOptions.Target options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("cxone-sandbox: " + e.getMessage());
            System.err.println("Run with --help to list the options.");
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.print(SandboxOptions.help());
            return;
        }
        CxoneSandbox sandbox = options.builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "cxone-sandbox-shutdown"));
        System.out.println("CXone sandbox listening on " + sandbox.baseUrl());
        System.out.flush();
        stopped.await();
    }
}
