package io.cxonebatch.adapters.cxone.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The forms in which a secret the client sent may come back in an error body: as sent, form-encoded (a token request's
 * body), JSON-escaped, Base64 (alone, and as the {@code client:secret} pair of a Basic header). Each form is replaced,
 * longest first, so that no part of one survives inside another.
 */
public final class SecretForms {

    static final String REPLACEMENT = "****";

    private SecretForms() {
    }

    public static List<String> of(@Nullable String secret) {
        if (secret == null || secret.isEmpty()) {
            return List.of();
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        String formEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        forms.add(formEncoded);
        forms.add(formEncoded.replace("+", "%20"));
        forms.add(jsonEscaped(secret));
        forms.add(jsonEscaped(secret).replace("/", "\\/"));
        forms.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        return longestFirst(forms);
    }

    /** The client secret's forms, and the Basic header's {@code client:secret} pair. */
    static List<String> ofClientSecret(String clientId, String secret) {
        Set<String> forms = new LinkedHashSet<>(of(secret));
        if (!secret.isEmpty()) {
            forms.add(Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        return longestFirst(forms);
    }

    static String redact(String text, List<String> forms) {
        String redacted = text;
        for (String form : forms) {
            redacted = redacted.replace(form, REPLACEMENT);
        }
        return redacted;
    }

    private static List<String> longestFirst(Set<String> forms) {
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }

    private static String jsonEscaped(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> escaped.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return escaped.toString();
    }
}
