package com.lstmexplorer.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.networks.NetworkResolver;
import com.lstmexplorer.traces.CompletionService;
import com.lstmexplorer.traces.TraceService;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint Spring MVC serves, read from its handler mapping: one that runs a network for the request (its
 * controller is handed a network to run: the resolver, the tracer or the completer), starts a run or imports a
 * snapshot must be limited (a comparison starts runs), and {@link CostlyEndpoints} (what the rate limit reads) must see it at its own paths.
 */
@SpringBootTest(properties = "lstm-explorer.snapshots.seed-networks=false")
class CostlyEndpointsTest {
    private static final Set<Class<?>> RUNS_A_NETWORK = Set.of(NetworkResolver.class, TraceService.class,
            CompletionService.class);

    @Autowired
    RequestMappingHandlerMapping mapping;
    @Autowired
    CostlyEndpoints costly;

    @Test
    void everyEndpointThatRunsANetworkStartsARunOrImportsIsLimited() {
        List<String> unlimited = new ArrayList<>();
        List<String> limited = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Optional<Cost> expected = expectedCost(info, handler);
            for (String method : methods(info)) {
                for (String path : samplePaths(info)) {
                    String endpoint = method + " " + path + " (" + handler.getShortLogMessage() + ")";
                    Optional<Cost> seen = costly.costOf(method, path);
                    if (expected.isPresent() && !seen.equals(expected)) {
                        unlimited.add(endpoint + ": expected " + expected.get() + ", limit sees " + seen);
                    } else if (expected.isPresent()) {
                        limited.add(endpoint);
                    }
                }
            }
        });
        assertThat(unlimited).as("costly endpoints the rate limit does not count").isEmpty();
        assertThat(limited).as("the endpoints found costly").anyMatch(e -> e.startsWith("POST /api/runs/x/traces"))
                .anyMatch(e -> e.startsWith("GET /api/snapshots/x/analysis"))
                .anyMatch(e -> e.startsWith("POST /api/snapshots/x/ablate"))
                .anyMatch(e -> e.startsWith("GET /api/runs/x/traces.csv"))
                .anyMatch(e -> e.startsWith("POST /api/snapshots/x/complete"));
    }

    @Test
    void lookingAtARunOrSnapshotIsNotLimited() {
        assertThat(costly.costOf("GET", "/api/runs/x")).isEmpty();
        assertThat(costly.costOf("GET", "/api/runs")).isEmpty();
        assertThat(costly.costOf("GET", "/api/snapshots/x")).isEmpty();
        assertThat(costly.costOf("POST", "/api/runs")).contains(Cost.RUN_STARTS);
        assertThat(costly.costOf("POST", "/api/comparisons")).contains(Cost.RUN_STARTS);
        assertThat(costly.costOf("GET", "/api/comparisons/x")).isEmpty();
    }

    /** What the endpoint must draw on, decided by what its controller is handed to call, not by its annotation. */
    private static Optional<Cost> expectedCost(RequestMappingInfo info, HandlerMethod handler) {
        Set<String> patterns = info.getPatternValues();
        boolean post = info.getMethodsCondition().getMethods().contains(RequestMethod.POST);
        if (post && (patterns.contains("/api/runs") || patterns.contains("/api/comparisons"))) {
            return Optional.of(Cost.RUN_STARTS);
        }
        if (post && patterns.contains("/api/snapshots")) {
            return Optional.of(Cost.IMPORTS);
        }
        boolean runsANetwork = Arrays.stream(handler.getBeanType().getDeclaredConstructors())
                .map(Constructor::getParameterTypes).flatMap(Arrays::stream).anyMatch(RUNS_A_NETWORK::contains);
        return runsANetwork ? Optional.of(Cost.TRACES) : Optional.empty();
    }

    private static List<String> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList();
    }

    /** Each pattern with its variables filled in: {@code {kind:runs|snapshots}} both ways, any other as {@code x}. */
    private static List<String> samplePaths(RequestMappingInfo info) {
        List<String> paths = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            String filled = pattern.replaceAll("\\{[a-zA-Z]+}", "x").replaceAll("\\{\\*\\*?[a-zA-Z]*}", "x");
            if (filled.contains("{kind:runs|snapshots}")) {
                paths.add(filled.replace("{kind:runs|snapshots}", "runs"));
                paths.add(filled.replace("{kind:runs|snapshots}", "snapshots"));
            } else {
                paths.add(filled);
            }
        }
        return paths;
    }
}
