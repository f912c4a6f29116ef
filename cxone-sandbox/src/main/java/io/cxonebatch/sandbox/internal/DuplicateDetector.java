package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.SandboxCampaign;
import io.cxonebatch.sandbox.SandboxDialerRule;
import io.cxonebatch.sandbox.SandboxWebhook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Finds side effects a careful client never repeats, as sentences naming the ids involved. */
public final class DuplicateDetector {

    private DuplicateDetector() {
    }

    public static List<String> findings(List<SandboxCampaign> campaigns, List<SandboxDialerRule> rules, List<SandboxWebhook> webhooks) {
        List<String> findings = new ArrayList<>();
        groups(campaigns, SandboxCampaign::name).forEach((name, same) -> findings.add(
                same.size() + " campaigns are named '" + name + "': " + ids(same, SandboxCampaign::id)));
        groups(rules, SandboxDialerRule::campaignId).forEach((campaignId, same) -> findings.add(
                "campaign " + campaignId + " has " + same.size() + " dialer rules: " + ids(same, SandboxDialerRule::id)));
        groups(webhooks, webhook -> "name '" + Objects.toString(webhook.name(), "") + "', event filter '"
                + webhook.eventFilter() + "' and uri '" + webhook.uri() + "'").forEach((key, same) -> findings.add(
                same.size() + " webhooks share " + key + ": " + ids(same, SandboxWebhook::id)));
        return findings;
    }

    /** The groups of more than one item with the same key, in order of first appearance. */
    private static <T> Map<String, List<T>> groups(List<T> items, Function<T, String> key) {
        Map<String, List<T>> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
        byKey.values().removeIf(group -> group.size() < 2);
        return byKey;
    }

    private static <T> String ids(List<T> items, Function<T, String> id) {
        return String.join(", ", items.stream().map(id).toList());
    }
}
