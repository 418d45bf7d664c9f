package org.casewise.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The opaque {@code cursor} of deep paging: the sort order and the sort values of the last hit
 * of the previous page (engine search_after), base64url-encoded JSON. Deep pages cost the same as
 * the first, and reviews added meanwhile before the cursor do not shift the pages after it.
 */
public final class Cursor {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Cursor() {
    }

    public static String encode(ReviewQuery.Sort sort, JsonNode sortValues) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("s", sort.id());
        node.set("v", sortValues);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MAPPER.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sort values, checked against the order asked for; {@link IllegalArgumentException} when unusable. */
    public static JsonNode decode(String cursor, ReviewQuery.Sort sort) {
        JsonNode node;
        try {
            node = MAPPER.readTree(new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not one this service issued; take it from nextCursor");
        }
        if (node == null || !node.path("v").isArray() || !node.path("s").isTextual()) {
            throw new IllegalArgumentException("cursor is not one this service issued; take it from nextCursor");
        }
        if (!node.path("s").asText().equals(sort.id())) {
            throw new IllegalArgumentException("cursor was issued for sort=" + node.path("s").asText()
                    + ", not sort=" + sort.name().toLowerCase(Locale.ROOT) + "; keep the same sort while paging");
        }
        ArrayNode values = (ArrayNode) node.path("v");
        if (values.size() != 2) {
            throw new IllegalArgumentException("cursor is not one this service issued; take it from nextCursor");
        }
        return values;
    }
}
