package io.cxonebatch.adapters.cxone.internal;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an error response says: the server's message (from a JSON body's {@code message}, else the raw body, cut
 * short) and, on a 403, the scope it names. Phone numbers in the message are masked.
 */
record ErrorBody(@Nullable String message, @Nullable String requiredScope) {

    /** The same, with a credential the server echoed back replaced, so that it reaches no exception message. */
    ErrorBody redact(@Nullable String credential) {
        if (message == null || credential == null || credential.isEmpty() || !message.contains(credential)) {
            return this;
        }
        return new ErrorBody(message.replace(credential, "****"), requiredScope);
    }

    private static final int MAX_BYTES_READ = 16 * 1024;
    private static final int MAX_RAW_CHARS = 200;
    private static final String[] MESSAGE_FIELDS = {"message", "error_description", "error", "detail", "title"};

    static ErrorBody read(Response response, JsonMapper mapper) {
        String text = bodyText(response);
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
