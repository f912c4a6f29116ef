package io.cxonebatch.bootstrap.batch;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The thread pools a {@link ConcurrentItemsTasklet} carries items out on, one per job. */
public final class ItemExecutors {

    private static final Logger log = LoggerFactory.getLogger(ItemExecutors.class);

    private ItemExecutors() {
    }

    /**
     * A pool of exactly {@code concurrency} threads. Each item holds a database connection only while it writes an
     * audit row or its outcome, but all may write at once: a smaller pool makes them wait, which is said at start.
     * Each item runs with the logging context of the step that started it, so its lines name the run.
     */
    public static ThreadPoolTaskExecutor create(String threadNamePrefix, int concurrency, DataSource dataSource, String property) {
        if (dataSource instanceof HikariDataSource pool && pool.getMaximumPoolSize() < concurrency + 2) {
            log.warn("{} {} needs a database pool of at least {} connections, but spring.datasource.hikari.maximum-pool-size"
                    + " is {}: items will wait for connections", property, concurrency, concurrency + 2, pool.getMaximumPoolSize());
        }
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(concurrency);
        executor.setMaxPoolSize(concurrency);
        executor.setThreadNamePrefix(threadNamePrefix);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.setTaskDecorator(new LoggingContextDecorator());
        return executor;
    }
}
