package io.cxonebatch.adapters.cxone.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the endpoint a Feign method calls, so that errors, metrics and logs can name it without ids. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface CxoneOperation {

    Endpoint value();
}
