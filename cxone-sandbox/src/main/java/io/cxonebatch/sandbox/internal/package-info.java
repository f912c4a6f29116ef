/** The sandbox's HTTP plumbing, state, generators and endpoints; not an API, may change without notice. */
@NullMarked
package io.cxonebatch.sandbox.internal;

import org.jspecify.annotations.NullMarked;
