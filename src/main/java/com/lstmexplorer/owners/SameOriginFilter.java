package com.lstmexplorer.owners;

import com.lstmexplorer.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Refuses a state-changing request (anything but GET, HEAD, OPTIONS) that a browser sends from another site, so
 * that a page elsewhere cannot make a visitor start, stop, delete or publish anything: browsers name the
 * request's origin ({@code Origin}) and how it relates to this server ({@code Sec-Fetch-Site}). Refused (403):
 * {@code Sec-Fetch-Site} other than {@code same-origin} or {@code none}, or an {@code Origin} that is neither this
 * server's (as the request addresses it) nor one of {@code lstm-explorer.owners.allowed-origins}. A request
 * with neither header (curl, scripts, tests) is not a browser's and passes: it cannot borrow a visitor's cookie.
 */
final class SameOriginFilter extends OncePerRequestFilter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final List<String> allowedOrigins;

    SameOriginFilter(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refusal = SAFE_METHODS.contains(request.getMethod()) ? null : refusal(request);
        if (refusal != null) {
            ProblemWriter.write(response, request.getRequestURI(), HttpStatus.FORBIDDEN, "Cross-site request refused",
                    refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    private String refusal(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        String own = ownOrigin(request);
        boolean allowedOrigin = origin != null && (origin.equalsIgnoreCase(own) || allowedOrigins.contains(origin));
        if (fetchSite != null && !OWN_SITE.contains(fetchSite) && !allowedOrigin) {
            return "a " + request.getMethod() + " from another site (Sec-Fetch-Site: " + fetchSite + ", Origin: "
                    + origin + ") is refused: only pages of " + own + " may change anything here";
        }
        if (origin != null && !allowedOrigin) {
            return "a " + request.getMethod() + " from origin " + origin + " is refused: only pages of " + own
                    + " may change anything here (setting lstm-explorer.owners.allowed-origins adds others)";
        }
        return null;
    }

    /** scheme://host[:port] as the request addresses this server (behind a proxy, with forwarded headers applied). */
    static String ownOrigin(HttpServletRequest request) {
        return UriComponentsBuilder.newInstance().scheme(request.getScheme()).host(request.getServerName())
                .port(isDefaultPort(request) ? -1 : request.getServerPort()).toUriString();
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        int port = request.getServerPort();
        return ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
    }
}
