package com.lstmexplorer.owners;

import com.lstmexplorer.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the request's owner key ({@value OwnerKeys#HEADER} header first, else the cookie) into the security
 * context for this request only: nothing is kept between requests. A header that is not a key is a 401 problem
 * (a script sent something wrong); a request without a key goes on as nobody's.
 */
final class OwnerFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(OwnerKeys.HEADER);
        if (header != null && !OwnerKeys.wellFormed(header)) {
            ProblemWriter.write(response, request.getRequestURI(), HttpStatus.UNAUTHORIZED, "Invalid owner key",
                    "header " + OwnerKeys.HEADER + " must be an owner key as this server issues them: 43 URL-safe "
                            + "characters (256 random bits); got " + header.length() + " characters");
            return;
        }
        Optional<String> key = header != null ? Optional.of(header) : OwnerKeys.cookieKey(request);
        if (key.isPresent()) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new OwnerAuthentication(Owner.ofKey(key.get())));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
