/** The staging-retention job: how long the working data of finished runs is kept. */
@NullMarked
package io.cxonebatch.application.retention;

import org.jspecify.annotations.NullMarked;
