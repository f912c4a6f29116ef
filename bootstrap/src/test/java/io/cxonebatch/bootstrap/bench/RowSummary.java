package io.cxonebatch.bootstrap.bench;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The row counts of the summary the job prints at the end of a run. */
record RowSummary(long provisioned, long alreadyPresent, long rejected, long failed) {

    private static final Pattern LINE =
            Pattern.compile("provisioned (\\d+), already present (\\d+), rejected (\\d+), failed (\\d+)");

    /** The last summary line in {@code output}, if the run got as far as printing one. */
    static Optional<RowSummary> lastIn(String output) {
        Matcher matcher = LINE.matcher(output);
        RowSummary last = null;
        while (matcher.find()) {
            last = new RowSummary(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                    Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)));
        }
        return Optional.ofNullable(last);
    }

    long settled() {
        return provisioned + alreadyPresent;
    }

    @Override
    public String toString() {
        return "provisioned " + provisioned + ", already present " + alreadyPresent + ", rejected " + rejected
                + ", failed " + failed;
    }
}
