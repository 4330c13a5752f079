package com.lstmexplorer.owners;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of owner keys and cross-site checks, {@code lstm-explorer.owners.*}: how long the owner cookie lasts
 * ({@code cookie-max-age}, 400 days, the most a browser keeps one), and origins besides the server's own that may
 * send state-changing requests ({@code allowed-origins}, none: e.g. the public origin of a reverse proxy that
 * does not forward its host).
 */
@ConfigurationProperties("lstm-explorer.owners")
public record OwnerSettings(Duration cookieMaxAge, List<String> allowedOrigins) {
    public OwnerSettings {
        cookieMaxAge = cookieMaxAge == null ? Duration.ofDays(400) : cookieMaxAge;
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        if (cookieMaxAge.isNegative() || cookieMaxAge.isZero()) {
            throw new IllegalArgumentException("lstm-explorer.owners.cookie-max-age must be positive, got " + cookieMaxAge);
        }
    }
}
