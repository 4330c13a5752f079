package com.lstmexplorer.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.task.SeedTasks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasksControllerTest {
    @Value("${local.server.port}")
    int port;

    private JsonNode getTasks() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tasks")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void listsTheFourSeedTasksInOrder() throws Exception {
        JsonNode tasks = getTasks();
        assertEquals(List.of("counting", "selective-counting", "state-memory", "copy"),
                tasks.valueStream().map(t -> t.get("id").asString()).toList());
    }

    @Test
    void countingHasTheShapeOfApiMd() throws Exception {
        JsonNode counting = getTasks().get(0);
        assertEquals("Counting", counting.get("title").asString());
        assertTrue(counting.get("description").asString().contains("a's"));
        assertEquals(List.of("a", "X", "b", "\n"), strings(counting.get("vocabulary")));
        assertTrue(strings(counting.get("examples")).contains("aaaaaXbbbbb"));
        JsonNode defaults = counting.get("defaults");
        assertEquals(1, defaults.get("layers").asInt());
        assertEquals(10, defaults.get("hiddenSize").asInt());
        assertTrue(defaults.get("learningRate").asDouble() > 0);
        assertEquals(32, defaults.get("batchSize").asInt());
        assertTrue(defaults.get("maxSteps").asInt() > 0);
        assertEquals("X", counting.get("delimiter").asString());
        assertEquals(List.of("a's - b's", "a's seen", "b's left", "phase"), strings(counting.get("latents")));
        assertEquals(10, counting.get("evaluationCases").asInt());
        assertEquals(List.of("aXb", "aaXbb"), strings(counting.get("probes")).subList(0, 2), "its evaluation cases");
        assertEquals(30, counting.get("sweep").get("sweepMax").asInt());
    }

    @Test
    void probesAreTheFirstFiftyEvaluationCases() throws Exception {
        JsonNode selective = getTasks().get(1);
        assertEquals(500, selective.get("evaluationCases").asInt());
        assertEquals(TaskView.PROBES, selective.get("probes").size());
        assertEquals(SeedTasks.byId("selective-counting").evaluationSet()
                .subList(0, TaskView.PROBES), strings(selective.get("probes")));
    }

    @Test
    void copyHasTwoLayersAndNoSweep() throws Exception {
        JsonNode copy = getTasks().get(3);
        assertEquals(List.of("a", "b", "c", "X", "\n"), strings(copy.get("vocabulary")));
        assertEquals(2, copy.get("defaults").get("layers").asInt());
        assertEquals(20, copy.get("defaults").get("hiddenSize").asInt());
        assertEquals(27, copy.get("evaluationCases").asInt());
        assertEquals(27, copy.get("probes").size());
        assertTrue(copy.get("sweep").isNull());
    }
}
