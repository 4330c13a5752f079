package com.lstmexplorer.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Which requests are {@link Costly}: read once from Spring MVC's handler mappings, the same paths and methods the
 * controllers declare. A request is matched by path and method only, not by Content-Type or Accept, so an attempt
 * the endpoint then refuses (415, 406, a bad body) counts as well: every attempt counts.
 */
@Component
public class CostlyEndpoints {
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile List<Endpoint> endpoints;

    /** The paths and methods of one costly controller method (no methods: all of them). */
    private record Endpoint(Cost cost, Set<RequestMethod> methods, Set<PathPattern> patterns) {
        boolean matches(String method, PathContainer path) {
            return (methods.isEmpty() || methods.stream().anyMatch(m -> m.name().equals(method)
                    || (m == RequestMethod.GET && "HEAD".equals(method))))
                    && patterns.stream().anyMatch(pattern -> pattern.matches(path));
        }
    }

    CostlyEndpoints(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /** The allowance a request with this method and path (without the context path) draws on, if any. */
    public Optional<Cost> costOf(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return endpoints().stream().filter(e -> e.matches(method, container)).map(Endpoint::cost).findFirst();
    }

    /** Read on first use: the handler mappings are complete only once the application context is. */
    private List<Endpoint> endpoints() {
        List<Endpoint> read = endpoints;
        if (read == null) {
            read = new ArrayList<>();
            List<Endpoint> into = read;
            mappings.orderedStream().forEach(mapping -> mapping.getHandlerMethods().forEach(collectInto(into)));
            endpoints = List.copyOf(read);
        }
        return read;
    }

    private static BiConsumer<RequestMappingInfo, HandlerMethod> collectInto(List<Endpoint> out) {
        return (info, handler) -> {
            Costly costly = handler.getMethodAnnotation(Costly.class);
            if (costly != null && info.getPathPatternsCondition() != null) {
                out.add(new Endpoint(costly.value(), info.getMethodsCondition().getMethods(),
                        info.getPathPatternsCondition().getPatterns()));
            }
        };
    }
}
