package org.casewise.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.casewise.config.CasewiseConfig;
import org.casewise.search.Viewer;

/**
 * Decides who is asking from the request: a caller presenting the configured restricted-access
 * token ({@code Authorization: Bearer ...}) is entitled to restricted reviews; everyone else is
 * anonymous. A wrong token is refused (401) rather than silently downgraded, so a misconfigured
 * client notices.
 */
@RequestScoped
public class ViewerResolver {

    static final Viewer ENTITLED = new Viewer("restricted-token", true);

    @Inject
    HttpHeaders headers;

    @Inject
    CasewiseConfig config;

    public Viewer current() {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            return Viewer.ANONYMOUS;
        }
        String expected = config.api().restrictedToken().orElse(null);
        String presented = authorization.strip().regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.strip().substring(7).strip() : null;
        if (expected == null || presented == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            throw new NotAuthorizedException("The Authorization token is not valid here; leave it out to see public reviews",
                    "Bearer realm=\"casewise\"");
        }
        return ENTITLED;
    }
}
