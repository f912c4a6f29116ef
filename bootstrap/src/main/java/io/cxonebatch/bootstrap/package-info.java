/** The Spring Boot application that wires the hexagon and runs the jobs. */
@NullMarked
package io.cxonebatch.bootstrap;

import org.jspecify.annotations.NullMarked;
