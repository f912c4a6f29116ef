package io.cxonebatch.bootstrap.batch;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;

/**
 * Runs each task with the logging context (MDC) of the thread that submitted it, and leaves the pool thread's
 * context as it found it: a pool thread serves one run's items, then another's.
 */
final class LoggingContextDecorator implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable task) {
        @Nullable Map<String, String> submitter = MDC.getCopyOfContextMap();
        return () -> {
            @Nullable Map<String, String> own = MDC.getCopyOfContextMap();
            setContext(submitter);
            try {
                task.run();
            } finally {
                setContext(own);
            }
        };
    }

    private static void setContext(@Nullable Map<String, String> context) {
        if (context == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
    }
}
