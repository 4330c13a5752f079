package com.lstmexplorer.owners;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Owner keys: 256 random bits as 43 URL-safe characters. A browser keeps its key in the HttpOnly, SameSite=Lax
 * cookie {@value #COOKIE}; a script gets it in the {@value #HEADER} header of the answer that issued it and sends
 * it back in the same header. A key is issued by the first request that creates something (a run, a snapshot)
 * and carries none, with the answer that tells it was created; the server keeps only its hash ({@link Owner}).
 */
@Component
public class OwnerKeys {
    public static final String COOKIE = "lstm_owner";
    public static final String HEADER = "X-Owner-Key";
    private static final String NEW_KEY = OwnerKeys.class.getName() + ".newKey";

    private final SecureRandom random = new SecureRandom();
    private final OwnerSettings settings;

    OwnerKeys(OwnerSettings settings) {
        this.settings = settings;
    }

    static boolean wellFormed(String key) {
        return key != null && key.matches("[A-Za-z0-9_-]{43}");
    }

    /** The well-formed key in the cookie, if any (a malformed cookie counts as none and is replaced when needed). */
    static Optional<String> cookieKey(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && wellFormed(cookie.getValue())) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The owner of the current request, if it carries a key. */
    public static Optional<Owner> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Owner owner
                ? Optional.of(owner) : Optional.empty();
    }

    /**
     * The owner of this request; for one without a key, a new owner whose key {@link #sendNew} sends once what
     * it was needed for has been created (a refused request is issued nothing).
     */
    public Owner ownerOrNew(HttpServletRequest request) {
        Optional<Owner> current = current();
        if (current.isPresent()) {
            return current.get();
        }
        if (request.getAttribute(NEW_KEY) instanceof String made) {
            return Owner.ofKey(made);
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        request.setAttribute(NEW_KEY, key);
        return Owner.ofKey(key);
    }

    /**
     * Sends the key {@link #ownerOrNew} made for this request, if it made one: as the cookie and, unless the
     * request comes from a browser (which sends {@code Sec-Fetch-Site}; its pages never need to read the key),
     * in the header.
     */
    public void sendNew(HttpServletRequest request, HttpServletResponse response) {
        if (!(request.getAttribute(NEW_KEY) instanceof String key)) {
            return;
        }
        ResponseCookie cookie = ResponseCookie.from(COOKIE, key).httpOnly(true).sameSite("Lax").path("/")
                .secure(request.isSecure()).maxAge(settings.cookieMaxAge()).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        if (request.getHeader("Sec-Fetch-Site") == null) {
            response.setHeader(HEADER, key);
        }
        request.removeAttribute(NEW_KEY);
    }
}
