package io.cxonebatch.bootstrap.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * The admin API's beans exist only under {@code serve} with {@code cxone-batch.api.enabled=true}. The controllers are
 * found by the component scan, so each carries this condition itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
@ConditionalOnBooleanProperty({"cxone-batch.serve", "cxone-batch.api.enabled"})
@interface ConditionalOnAdminApi {
}
