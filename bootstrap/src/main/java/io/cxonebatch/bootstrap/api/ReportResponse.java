package io.cxonebatch.bootstrap.api;

/**
 * A report file of an execution.
 *
 * @param href where {@code GET} fetches it
 */
record ReportResponse(String name, String mediaType, long bytes, String href) {
}
