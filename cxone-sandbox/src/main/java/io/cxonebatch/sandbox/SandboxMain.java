package io.cxonebatch.sandbox;

/** Starts the sandbox standalone. */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) {
    }
}
