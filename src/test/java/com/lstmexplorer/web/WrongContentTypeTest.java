package com.lstmexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.testing.Http;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every POST endpoint, as Spring maps them (so a new one is covered without touching this test), refuses a
 * body of a type it does not read with 415 and a problem naming that type, and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class WrongContentTypeTest {
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPostEndpointRefusesABodyOfTheWrongType() {
        Http http = new Http(port);
        String run = http.finishedRun("{\"task\":\"counting\",\"hiddenSize\":4,\"maxSteps\":20,\"seed\":1}");
        String snapshot = http.post("/api/runs/" + run + "/snapshot", "").ok().json().get("id").asString();
        String snapshotsBefore = http.get("/api/snapshots").text();
        String comparison = http.post("/api/comparisons",
                "{\"task\":\"counting\",\"cells\":[\"lstm\",\"gru\"],\"hiddenSize\":4,\"maxSteps\":20,\"seed\":1}")
                .ok().json().get("id").asString();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> !http.get("/api/runs").text().matches("(?s).*\"status\":\"(queued|running)\".*"));
        String runsBefore = http.get("/api/runs").text();

        Set<String> templates = postTemplates();
        // One template serves a run's and a snapshot's network alike; expand() tries each kind.
        assertThat(templates).as("the POST endpoints Spring maps").contains("/api/runs", "/api/runs/{id}/stop",
                "/api/{kind:runs|snapshots}/{id}/traces", "/api/runs/{id}/snapshot", "/api/snapshots",
                "/api/{kind:runs|snapshots}/{id}/traces.csv", "/api/{kind:runs|snapshots}/{id}/traces.json",
                "/api/{kind:runs|snapshots}/{id}/complete", "/api/{kind:runs|snapshots}/{id}/ablate");
        List<String> paths = new ArrayList<>();
        templates.forEach(template -> paths.addAll(expand(template, run, snapshot, comparison)));
        RawHttp raw = new RawHttp(port);
        for (String path : paths) {
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
                byte[] body = "task=counting&sequences=aXb".getBytes(StandardCharsets.UTF_8);
                RawHttp.Response response = raw.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close"
                        + "\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n", body);
                HostileRequestsTest.assertProblem(response, 415, "'" + type);
            }
        }
        assertThat(http.get("/api/snapshots").text()).as("no snapshot saved").isEqualTo(snapshotsBefore);
        assertThat(http.get("/api/runs").text()).as("no run started or stopped").isEqualTo(runsBefore);
    }

    /** The path templates of every handler that answers POST (or every method). */
    private Set<String> postTemplates() {
        Set<String> templates = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
                templates.addAll(info.getPatternValues());
            }
        }
        return templates;
    }

    /** Concrete paths for a template: {id} becomes the run's or the snapshot's, {kind:a|b} each choice. */
    private static List<String> expand(String template, String run, String snapshot, String comparison) {
        Matcher variable = VARIABLE.matcher(template);
        if (!variable.find()) {
            return List.of(template);
        }
        List<String> values = switch (variable.group(1)) {
            case "kind" -> List.of(variable.group(2).split("\\|"));
            case "id" -> List.of(template.substring(0, variable.start()).contains("/runs") ? run
                    : template.substring(0, variable.start()).contains("/comparisons") ? comparison : snapshot);
            default -> throw new AssertionError("no test value for {" + variable.group(1) + "} in " + template
                    + ": add one here");
        };
        List<String> paths = new ArrayList<>();
        for (String value : values) {
            String path = template.substring(0, variable.start()) + value + template.substring(variable.end());
            paths.addAll(expand(path, run, snapshot, comparison));
        }
        return paths;
    }
}
