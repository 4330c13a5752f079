package com.lstmexplorer.owners;

import com.lstmexplorer.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * The one security filter chain: no login, no account, no session. Every request is let through to the API,
 * which decides per run or snapshot (a link is the capability to read; only the owner may stop, delete or
 * publish); the chain refuses cross-site writes ({@link SameOriginFilter}, in place of Spring's CSRF tokens,
 * which a script without a page could not get), reads the owner key ({@link OwnerFilter}); the rate limits add
 * their filter to it themselves (a {@code Customizer<HttpSecurity>} bean of {@code limits}, which Spring Security
 * applies to every chain), so owners need not know them. Whatever it refuses is answered with a problem body.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, OwnerSettings settings) {
        return http
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // Downloads and pages keep their own caching; the other security headers stay on.
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ProblemWriter.write(response,
                                request.getRequestURI(), HttpStatus.UNAUTHORIZED, "Unauthorized", e.getMessage()))
                        .accessDeniedHandler((request, response, e) -> ProblemWriter.write(response,
                                request.getRequestURI(), HttpStatus.FORBIDDEN, "Forbidden", e.getMessage())))
                .addFilterAfter(new SameOriginFilter(settings.allowedOrigins()), HeaderWriterFilter.class)
                .addFilterBefore(new OwnerFilter(), AnonymousAuthenticationFilter.class)
                .build();
    }

    /**
     * Spring Security's firewall with one check handed back to Spring MVC: a method it does not know (BREW)
     * reaches the handler mapping, which answers 405 with the methods the path allows, as for any other
     * method the path does not take. Its other checks (encoded slashes, path traversal, ...) stay.
     */
    @Bean
    WebSecurityCustomizer firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setUnsafeAllowAnyHttpMethod(true);
        return web -> web.httpFirewall(firewall);
    }

    /** A URL Spring Security's firewall refuses (e.g. an encoded slash in the path) gets a problem body too. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> ProblemWriter.write(response, request.getRequestURI(), HttpStatus.BAD_REQUEST,
                "Request rejected", e.getMessage());
    }
}
