package io.cxonebatch.bootstrap.cli;

/** The process exit codes, documented in the README. */
public final class ExitCodes {

    /** The command did what it was asked; a job run COMPLETED with nothing rejected or failed. */
    public static final int OK = 0;
    /** A job run did not complete (FAILED, STOPPED, ABANDONED), or the command could not do its work. */
    public static final int JOB_FAILED = 1;
    /** Unknown command or bad arguments. */
    public static final int USAGE = 2;
    /** A job run COMPLETED, but some items were rejected or failed; see the summary and the rejects file. */
    public static final int COMPLETED_WITH_REJECTS = 3;
    /** Configuration is missing or wrong (no CXone to talk to, database unreachable). */
    public static final int CONFIGURATION = 4;

    private ExitCodes() {
    }
}
