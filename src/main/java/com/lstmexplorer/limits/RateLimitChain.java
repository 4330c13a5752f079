package com.lstmexplorer.limits;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Puts {@link RateLimitFilter} into the security filter chain: Spring Security applies every
 * {@code Customizer<HttpSecurity>} bean to the chains it builds, so the chain's own configuration ({@code owners})
 * need not know the limits. The filter comes after the owner key is read, so a client is counted by its key.
 */
@Configuration
class RateLimitChain {

    @Bean
    Customizer<HttpSecurity> rateLimits(RateLimitSettings settings, CostlyEndpoints costly) {
        return http -> http.addFilterAfter(new RateLimitFilter(settings, costly), AnonymousAuthenticationFilter.class);
    }
}
