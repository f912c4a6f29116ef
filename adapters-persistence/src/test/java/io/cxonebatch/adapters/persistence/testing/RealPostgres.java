package io.cxonebatch.adapters.persistence.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against a real PostgreSQL, in a fresh database of its own (see
 * {@link RealPostgresExtension}, which this annotation registers, for what gets injected and when).
 * <pre>{@code
 * @RealPostgres
 * class AuditPersistenceAdapterIT {
 *
 *     private final AuditPersistenceAdapter adapter;
 *
 *     AuditPersistenceAdapterIT(DataSource dataSource) {
 *         adapter = new AuditPersistenceAdapter(dataSource, "tester@host");
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RealPostgresExtension.class)
public @interface RealPostgres {

    /** Whether the class's database gets the Flyway migrations; false gives an empty database. */
    boolean migrated() default true;
}
