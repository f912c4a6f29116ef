package io.cxonebatch.adapters.cxone.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void readsStrongWeakAndBareEtags() {
        assertThat(Versions.fromEtag("\"7\"")).hasValue(7);
        assertThat(Versions.fromEtag("W/\"8\"")).hasValue(8);
        assertThat(Versions.fromEtag("9")).hasValue(9);
    }

    @Test
    void ignoresEtagsThatAreNotVersions() {
        assertThat(Versions.fromEtag("\"a1b2c3\"")).isEmpty();
        assertThat(Versions.fromEtag(null)).isEmpty();
    }

    @Test
    void prefersTheBodysVersionToTheEtag() {
        assertThat(Versions.of(5L, "\"4\"")).hasValue(5);
        assertThat(Versions.of(null, "\"4\"")).hasValue(4);
    }

    @Test
    void quotesTheVersionForIfMatch() {
        assertThat(Versions.ifMatch(12)).isEqualTo("\"12\"");
    }
}
