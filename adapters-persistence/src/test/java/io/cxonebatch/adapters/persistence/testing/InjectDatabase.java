package io.cxonebatch.adapters.persistence.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of type {@link javax.sql.DataSource} or {@link TestDatabase} for {@link RealPostgresExtension}
 * to fill with the test class's database: static fields before all tests, instance fields on each new instance.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InjectDatabase {
}
