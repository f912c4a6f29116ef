package io.cxonebatch.adapters.cxone.internal.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the Admin endpoint a Feign method calls, so that errors, metrics and logs can name it without ids. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface AdminOperation {

    AdminEndpoint value();
}
