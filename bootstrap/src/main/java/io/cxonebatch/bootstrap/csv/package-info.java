/** Reading the project's CSV inputs the way formats.md describes them: strict headers, every row kept with its line. */
@NullMarked
package io.cxonebatch.bootstrap.csv;

import org.jspecify.annotations.NullMarked;
