package com.lstmexplorer.live;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;

/**
 * Upgrades to a WebSocket that uses no extension, so {@code permessage-deflate} (which browsers and
 * Node's {@code ws} offer) is declined: Tomcat would deflate every frame once per client.
 * Selecting no extension is not enough: Tomcat's {@code UpgradeUtil.doUpgrade} negotiates against its
 * own installed extensions (permessage-deflate) when the endpoint lists none, with the client's
 * {@code Sec-WebSocket-Extensions} header as the offer. So Tomcat is shown the request without that
 * header: nothing is offered, nothing is negotiated, and the 101 carries no extension.
 */
final class NoExtensionsUpgrade extends StandardWebSocketUpgradeStrategy {
    static final String EXTENSIONS_HEADER = "Sec-WebSocket-Extensions";

    @Override
    public List<WebSocketExtension> getSupportedExtensions(ServerHttpRequest request) {
        return List.of();
    }

    @Override
    public void upgrade(ServerHttpRequest request, ServerHttpResponse response, String selectedProtocol,
                        List<WebSocketExtension> selectedExtensions, Principal user, WebSocketHandler wsHandler,
                        Map<String, Object> attrs) {
        ServerHttpRequest withoutOffer = new ServletServerHttpRequest(new WithoutExtensionOffer(getHttpServletRequest(request)));
        super.upgrade(withoutOffer, response, selectedProtocol, List.of(), user, wsHandler, attrs);
    }

    /** The handshake request with its {@code Sec-WebSocket-Extensions} header hidden. */
    private static final class WithoutExtensionOffer extends HttpServletRequestWrapper {
        WithoutExtensionOffer(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !EXTENSIONS_HEADER.equalsIgnoreCase(name)).toList());
        }
    }
}
