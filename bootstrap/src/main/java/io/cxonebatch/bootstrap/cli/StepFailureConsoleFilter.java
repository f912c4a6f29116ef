package io.cxonebatch.bootstrap.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps Spring Batch's step and job failure reports (an ERROR with a stack trace) off the terminal: the command's
 * summary names the cause in one line, and the log file under the data directory still has the whole trace.
 */
public final class StepFailureConsoleFilter extends Filter<ILoggingEvent> {

    @Override
    public FilterReply decide(ILoggingEvent event) {
        boolean batchFailure = event.getLevel() == Level.ERROR && event.getLoggerName().startsWith("org.springframework.batch.core.");
        return batchFailure ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
