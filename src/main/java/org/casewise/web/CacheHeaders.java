package org.casewise.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.casewise.config.CasewiseConfig;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * ETag and Cache-Control on the read endpoints of the API. The ETag is a hash of the response
 * body as sent (and of whether the caller is entitled to restricted reviews, since the same URL
 * answers differently), so a client revalidating with If-None-Match gets a 304 without a body
 * whenever nothing changed. Collection data (searches, trends, learning) may be cached for
 * {@code casewise.api.cache-max-age} seconds; operational state (index status, sources, work
 * queue, alerts) must always be revalidated.
 */
public class CacheHeaders {

    /** Paths whose answers change only when reviews change. */
    private static final List<String> COLLECTION_PATHS = List.of("/api/v1/reviews", "/api/v1/recommendations",
            "/api/v1/trends", "/api/v1/learning", "/api/v1/briefings", "/api/v1/themes", "/api/v1/boards");

    @Inject
    ObjectMapper mapper;

    @Inject
    CasewiseConfig config;

    @ServerResponseFilter
    public void addCacheHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!"GET".equals(request.getMethod()) || !path.startsWith("/api/v1/") || response.getStatus() != 200) {
            return;
        }
        boolean entitled = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            boolean collection = COLLECTION_PATHS.stream().anyMatch(path::startsWith);
            String scope = entitled ? "private" : "public";
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, collection
                    ? scope + ", max-age=" + config.api().cacheMaxAge() : scope + ", no-cache");
        }
        response.getHeaders().add(HttpHeaders.VARY, "Authorization");
        if (response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        Object entity = response.getEntity();
        byte[] body = bytes(entity, response.getMediaType());
        if (body == null) {
            return;
        }
        if (!(entity instanceof byte[]) && !(entity instanceof String)) {
            // Send the bytes just hashed instead of serialising the same object a second time.
            response.setEntity(body, new java.lang.annotation.Annotation[0], response.getMediaType());
        }
        String etag = "W/\"" + hash(body, entitled) + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private byte[] bytes(Object entity, MediaType type) {
        try {
            if (entity instanceof byte[] b) {
                return b;
            }
            if (entity instanceof String s) {
                return s.getBytes(StandardCharsets.UTF_8);
            }
            if (entity != null && type != null && type.getSubtype().endsWith("json")) {
                return mapper.writeValueAsBytes(entity);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
        return null;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        String bare = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals(bare) || c.equals("W/" + bare)) {
                return true;
            }
        }
        return false;
    }

    private static String hash(byte[] body, boolean entitled) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(body);
            digest.update((byte) (entitled ? 1 : 0));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
