package io.cxonebatch.adapters.cxone;

import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Where a tenant's requests-per-minute budget is kept. {@link #sharedIn} keeps it in PostgreSQL (the table
 * {@code rate_limit_bucket}), so that every process and every job calling one tenant together stay within it: two
 * nodes each running a job no longer send twice the tenant's budget. {@link #perProcess} keeps it in this process.
 */
public final class RequestBudget {

    private final @Nullable DataSource dataSource;

    private RequestBudget(@Nullable DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static RequestBudget perProcess() {
        return new RequestBudget(null);
    }

    public static RequestBudget sharedIn(DataSource dataSource) {
        return new RequestBudget(dataSource);
    }

    /** The database the budget is shared in; null when it is this process's own. */
    public @Nullable DataSource dataSource() {
        return dataSource;
    }
}
