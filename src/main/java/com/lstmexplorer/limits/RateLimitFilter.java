package com.lstmexplorer.limits;

import com.lstmexplorer.owners.OwnerKeys;
import com.lstmexplorer.owners.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts run starts ({@code POST /api/runs}), traces (everything that runs a network for a request: {@code
 * .../traces}, {@code traces.csv}, {@code traces.json}, {@code complete}, {@code ablate} and {@code analysis} of a
 * run or snapshot) and imports ({@code POST /api/snapshots}) per client: its owner key when it sends one,
 * else its address. Past a limit the answer is 429 with {@code Retry-After} (seconds) and a problem body naming
 * the setting. Every attempt counts, refused ones too. Part of the security filter chain, not a servlet filter
 * of its own.
 */
public final class RateLimitFilter extends OncePerRequestFilter {
    private static final Pattern TRACES = Pattern.compile(
            "/api/(runs|snapshots)/[^/]+/(traces(\\.csv|\\.json)?|complete|ablate|analysis)");

    private final RateLimitSettings settings;
    private final TokenBuckets buckets = new TokenBuckets();

    public RateLimitFilter(RateLimitSettings settings) {
        this.settings = settings;
    }

    private enum Kind {
        RUN_STARTS("run starts", "run-starts-per-minute"),
        TRACES("traces", "traces-per-minute"),
        IMPORTS("snapshot imports", "imports-per-minute");

        final String what;
        final String setting;

        Kind(String what, String setting) {
            this.what = what;
            this.setting = setting;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Kind kind = kindOf(request);
        if (kind != null) {
            int perMinute = perMinute(kind);
            long waitNanos = buckets.take(kind + " " + client(request), perMinute, System.nanoTime());
            if (waitNanos > 0) {
                long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                Problems.write(response, request.getRequestURI(), HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                        "too many " + kind.what + " from this client: at most " + perMinute + " a minute (setting "
                                + "lstm-explorer.limits." + kind.setting + "); try again in " + seconds + " s");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static Kind kindOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean post = "POST".equals(request.getMethod());
        if (post && path.equals("/api/runs")) {
            return Kind.RUN_STARTS;
        }
        if (post && path.equals("/api/snapshots")) {
            return Kind.IMPORTS;
        }
        return TRACES.matcher(path).matches() ? Kind.TRACES : null;
    }

    private int perMinute(Kind kind) {
        return switch (kind) {
            case RUN_STARTS -> settings.runStartsPerMinute();
            case TRACES -> settings.tracesPerMinute();
            case IMPORTS -> settings.importsPerMinute();
        };
    }

    private static String client(HttpServletRequest request) {
        return OwnerKeys.current().map(owner -> "owner " + owner.hash())
                .orElseGet(() -> "address " + request.getRemoteAddr());
    }
}
