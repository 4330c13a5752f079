package com.lstmexplorer.limits;

import com.lstmexplorer.owners.OwnerKeys;
import com.lstmexplorer.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the requests to every {@link Costly} endpoint (run starts, everything that runs a network for a request,
 * snapshot imports) per client: its owner key when it sends one, else its address. Past a limit the answer is 429
 * with {@code Retry-After} (seconds) and a problem body naming the setting. Every attempt counts, refused ones too.
 * Part of the security filter chain ({@link RateLimitChain}), not a servlet filter of its own, so it runs before
 * the request body is read.
 */
final class RateLimitFilter extends OncePerRequestFilter {
    private final RateLimitSettings settings;
    private final CostlyEndpoints costly;
    private final TokenBuckets buckets = new TokenBuckets();

    RateLimitFilter(RateLimitSettings settings, CostlyEndpoints costly) {
        this.settings = settings;
        this.costly = costly;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Cost> cost = costly.costOf(request.getMethod(), path);
        if (cost.isPresent()) {
            Cost kind = cost.get();
            int perMinute = kind.perMinute(settings);
            long waitNanos = buckets.take(kind + " " + client(request), perMinute, System.nanoTime());
            if (waitNanos > 0) {
                long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                ProblemWriter.write(response, request.getRequestURI(), HttpStatus.TOO_MANY_REQUESTS,
                        "Too many requests", "too many " + kind.what + " from this client: at most " + perMinute
                                + " a minute (setting lstm-explorer.limits." + kind.setting + "); try again in "
                                + seconds + " s");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String client(HttpServletRequest request) {
        return OwnerKeys.current().map(owner -> "owner " + owner.hash())
                .orElseGet(() -> "address " + request.getRemoteAddr());
    }
}
