package io.cxonebatch.sandbox;

/** How a {@code 429} states its {@code Retry-After}: both forms of RFC 9110 §10.2.3 are seen in the field. */
public enum RetryAfterStyle {
    /** A number of seconds, such as {@code "7"}. */
    SECONDS,
    /** An IMF-fixdate, such as {@code "Sun, 06 Nov 1994 08:49:37 GMT"}. */
    HTTP_DATE
}
