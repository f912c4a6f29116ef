package io.cxonebatch.adapters.cxone.internal;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an error response says: the server's message (from a JSON body's {@code message}, {@code error_description},
 * {@code errorDescription} or {@code error}, else the raw body, cut short) and, on a 403, the scope it names. Credentials the server echoed back are replaced, and phone numbers in
 * the message are masked.
 */
public record ErrorBody(@Nullable String message, @Nullable String requiredScope) {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final int MAX_BYTES_READ = 16 * 1024;
    private static final int MAX_RAW_CHARS = 200;
    // The Admin API's shapes too: {error, errorDescription} and the reporting API's {Message} (cxone-admin-api.md §9.1).
    private static final String[] MESSAGE_FIELDS = {"message", "Message", "error_description", "errorDescription", "error", "detail", "title"};

    /**
     * Reads the body with every form of {@code secrets} (as {@link SecretForms} lists them) replaced first, before the
     * text is parsed, cut short or masked: a secret split by truncation, or escaped in JSON, would otherwise slip by.
     */
    /** The body of an API call's error answer, with the bearer token the request carried hidden in every form. */
    public static ErrorBody readHidingToken(Response response, JsonMapper mapper) {
        return read(response, mapper, SecretForms.of(bearerTokenSent(response)));
    }

    private static @Nullable String bearerTokenSent(Response response) {
        Collection<String> values = response.request().headers().get("Authorization");
        String authorization = values == null || values.isEmpty() ? null : values.iterator().next();
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring("Bearer ".length()) : null;
    }

    public static ErrorBody read(Response response, JsonMapper mapper, List<String> secrets) {
        // Control characters (a NUL above all, which PostgreSQL refuses to store) never travel on in a message.
        String text = CONTROL_CHARACTERS.matcher(SecretForms.redact(bodyText(response), secrets)).replaceAll("\uFFFD");
        if (text.isEmpty()) {
            return new ErrorBody(null, null);
        }
        try {
            JsonNode json = mapper.readTree(text);
            if (json != null && json.isObject()) {
                String message = firstText(json, MESSAGE_FIELDS);
                String scope = firstText(json, "requiredScope");
                if (message != null || scope != null) {
                    return new ErrorBody(message == null ? null : PhoneNumberMasking.mask(message), scope);
                }
            }
        } catch (JacksonException notJson) {
            // Not JSON: the raw text is the message.
        }
        return new ErrorBody(PhoneNumberMasking.mask(truncate(text)), null);
    }

    private static @Nullable String firstText(JsonNode json, String... fields) {
        for (String field : fields) {
            JsonNode value = json.get(field);
            if (value != null && value.isValueNode() && !value.isNull() && !value.asString().isBlank()) {
                return value.asString().strip();
            }
        }
        return null;
    }

    private static String truncate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_RAW_CHARS ? oneLine : oneLine.substring(0, MAX_RAW_CHARS) + "…";
    }

    private static String bodyText(Response response) {
        if (response.body() == null) {
            return "";
        }
        try (InputStream in = response.body().asInputStream()) {
            return new String(in.readNBytes(MAX_BYTES_READ), StandardCharsets.UTF_8).strip();
        } catch (IOException unreadable) {
            return "";
        }
    }
}
