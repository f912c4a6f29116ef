package io.cxonebatch.application.provisioning.service;

import java.time.Duration;

/** Waits between polls; production code sleeps the thread, tests advance a clock instead. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
