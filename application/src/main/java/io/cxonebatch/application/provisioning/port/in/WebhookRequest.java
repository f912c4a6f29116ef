package io.cxonebatch.application.provisioning.port.in;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One webhook to register in CXone.
 *
 * @param jobName the job asking, recorded in the audit
 * @param name the webhook's display name in CXone
 * @param eventFilter the event CXone calls it on, e.g. {@code campaign.preview.activated}
 * @param uri where CXone sends the event: an absolute {@code http} or {@code https} URI with a host
 * @param jobExecutionId the batch execution doing the work, recorded in the audit; null outside a job
 * @param dryRun when true, nothing is registered or recorded: the result says whether it would be
 */
public record WebhookRequest(String jobName, String name, String eventFilter, String uri, @Nullable Long jobExecutionId, boolean dryRun) {

    public WebhookRequest {
        if (jobName == null || jobName.isBlank()) {
            throw new IllegalArgumentException("a webhook request needs the name of the job asking");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a webhook request of job '" + jobName + "' needs a webhook name");
        }
        if (eventFilter == null || eventFilter.isBlank()) {
            throw new IllegalArgumentException("webhook '" + name + "' needs an event filter");
        }
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("webhook '" + name + "' needs a URI");
        }
        checkHttpUri(name, uri);
        if (jobExecutionId != null && jobExecutionId < 0) {
            throw new IllegalArgumentException("job execution id " + jobExecutionId + " of webhook '" + name + "' cannot be negative");
        }
    }

    private static void checkHttpUri(String name, String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("webhook '" + name + "' has URI '" + uri + "', which is not a valid URI: "
                    + e.getMessage(), e);
        }
        if (!parsed.isAbsolute()) {
            throw new IllegalArgumentException("webhook '" + name + "' has URI '" + uri
                    + "', which is relative; it must be an absolute http or https URI");
        }
        String scheme = parsed.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("webhook '" + name + "' has URI '" + uri + "' with scheme '" + parsed.getScheme()
                    + "'; it must be an absolute http or https URI");
        }
        if (parsed.getHost() == null) {
            throw new IllegalArgumentException("webhook '" + name + "' has URI '" + uri
                    + "', which names no host; it must be an absolute http or https URI");
        }
    }
}
