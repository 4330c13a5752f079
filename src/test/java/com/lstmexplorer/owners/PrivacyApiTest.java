package com.lstmexplorer.owners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lstmexplorer.runs.RunService;
import com.lstmexplorer.snapshots.SnapshotService;
import com.lstmexplorer.testing.Http;
import com.lstmexplorer.testing.TestNetworks;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two independent clients, A and B, each with its own cookie jar, as two people in two browsers: what B can list,
 * open and change of what A made. A's custom run trains on twelve lines of private text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class PrivacyApiTest {
    static final List<String> PRIVATE_LINES = IntStream.rangeClosed(1, 12)
            .mapToObj(i -> "dear diary, secret number " + i).toList();
    static final String PRIVATE_RUN = "{\"task\":\"custom\",\"hiddenSize\":4,\"learningRate\":1e-6,\"maxSteps\":100000,"
            + "\"sequences\":[" + PRIVATE_LINES.stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(",")) + "]}";

    @LocalServerPort
    int port;
    @Autowired
    RunService runs;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    JdbcClient jdbc;
    Http a;
    Http b;

    @BeforeEach
    void twoClients() {
        a = new Http(port);
        b = new Http(port);
    }

    @AfterEach
    void stopEverything() {
        runs.list().forEach(run -> runs.stop(run.id()));
    }

    @Test
    void aRunIsListedAndStoppedOnlyByItsStarterButAnyoneWithTheLinkWatchesAndProbesIt() {
        Http.Answer started = a.post("/api/runs", PRIVATE_RUN);
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        String id = started.json().get("id").asString();
        String cookie = started.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(OwnerKeys.COOKIE + "=").contains("HttpOnly", "SameSite=Lax", "Path=/");
        assertThat(started.headers().firstValue(OwnerKeys.HEADER).orElseThrow())
                .as("a script gets the key it can send back").matches("[A-Za-z0-9_-]{43}");
        assertThat(started.json().get("mine").asBoolean()).isTrue();

        assertThat(a.get("/api/runs").json().findValuesAsString("id")).containsExactly(id);
        Http.Answer bList = b.get("/api/runs");
        assertThat(bList.json().size()).as("B has started nothing").isZero();
        assertThat(bList.text()).doesNotContain("diary");

        Http.Answer bView = b.get("/api/runs/" + id);
        assertThat(bView.status()).as("the link opens it").isEqualTo(200);
        assertThat(bView.json().get("mine").asBoolean()).isFalse();
        assertThat(a.get("/api/runs/" + id).json().get("mine").asBoolean()).isTrue();
        assertThat(b.post("/api/runs/" + id + "/traces", "{\"sequences\":[\"dear\"]}").status()).isEqualTo(200);
        assertThat(b.get("/api/runs/" + id + "/traces.csv?seq=dear").status()).isEqualTo(200);

        expectProblem(b.post("/api/runs/" + id + "/stop", ""), 403, "only the client that started run");
        expectProblem(b.delete("/api/runs/" + id), 403, "only the client that started run");
        assertThat(a.get("/api/runs/" + id).json().get("status").asString()).isIn("queued", "running");

        Http.Answer bSaved = b.post("/api/runs/" + id + "/snapshot", "");
        assertThat(bSaved.status()).as("the link lets B save the network: B's own snapshot").isEqualTo(201);
        String snapshot = bSaved.json().get("id").asString();
        assertThat(mine(b, snapshot)).isTrue();
        assertThat(listed(a, snapshot)).as("B's snapshot is not listed to A").isNull();

        assertThat(a.post("/api/runs/" + id + "/stop", "").status()).isEqualTo(200);
        assertThat(a.delete("/api/runs/" + id).status()).isEqualTo(204);
        for (Http client : List.of(a, b)) {
            expectProblem(client.get("/api/runs/" + id), 410, "was deleted by its owner");
            expectProblem(client.post("/api/runs/" + id + "/traces", "{\"sequences\":[\"dear\"]}"), 410, "deleted");
            assertThat(client.get("/runs/" + id).status()).as("the run's page").isEqualTo(410);
        }
        assertThat(a.get("/api/runs").json().size()).isZero();
        assertThat(runs.list()).noneMatch(run -> run.id().equals(id));
    }

    @Test
    void aSnapshotIsListedToOthersOnlyWhilePublishedAndItsLinkWorksForAnyone() {
        String id = a.snapshotOf(PRIVATE_RUN.replace("100000", "20"));

        JsonNode aEntry = listed(a, id);
        assertThat(aEntry.get("mine").asBoolean()).isTrue();
        assertThat(aEntry.get("published").asBoolean()).as("unpublished by default").isFalse();
        assertThat(listed(b, id)).isNull();
        assertThat(b.get("/api/snapshots").text()).doesNotContain("diary");
        assertThat(new Http(port).get("/api/snapshots").text()).as("a client without any key").doesNotContain(id);

        Http.Answer bOpens = b.get("/api/snapshots/" + id);
        assertThat(bOpens.status()).as("the link").isEqualTo(200);
        assertThat(bOpens.json().get("probes").toString()).contains("dear diary, secret number 1");
        assertThat(b.post("/api/snapshots/" + id + "/traces", "{\"sequences\":[\"dear\"]}").status()).isEqualTo(200);
        assertThat(b.get("/api/snapshots/" + id + "?download=true").status()).isEqualTo(200);
        assertThat(b.get("/api/snapshots/" + id + "/ownership").json().get("mine").asBoolean()).isFalse();
        assertThat(a.get("/api/snapshots/" + id + "/ownership").json().get("mine").asBoolean()).isTrue();

        expectProblem(b.send("PUT", "/api/snapshots/" + id + "/published", "{\"published\":true}"), 403,
                "only a client that saved snapshot");
        expectProblem(b.delete("/api/snapshots/" + id), 403, "only a client that saved snapshot");
        assertThat(listed(b, id)).as("B's refused publish changed nothing").isNull();

        Http.Answer published = a.send("PUT", "/api/snapshots/" + id + "/published", "{\"published\":true}");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("published").asBoolean()).isTrue();
        JsonNode bEntry = listed(b, id);
        assertThat(bEntry.get("mine").asBoolean()).isFalse();
        assertThat(bEntry.get("published").asBoolean()).isTrue();
        assertThat(bEntry.has("probes")).as("a listing never carries sequences").isFalse();
        assertThat(b.get("/api/snapshots").text()).doesNotContain("diary");

        a.send("PUT", "/api/snapshots/" + id + "/published", "{\"published\":false}").ok();
        assertThat(listed(b, id)).as("unpublished").isNull();
        expectProblem(a.send("PUT", "/api/snapshots/" + id + "/published", "{}"), 400, "field 'published'");

        assertThat(a.delete("/api/snapshots/" + id).status()).isEqualTo(204);
        for (Http client : List.of(a, b)) {
            expectProblem(client.get("/api/snapshots/" + id), 410, "was deleted by its owner");
            expectProblem(client.post("/api/snapshots/" + id + "/traces", "{\"sequences\":[\"dear\"]}"), 410, "deleted");
            expectProblem(client.get("/api/snapshots/" + id + "/traces.csv?seq=dear"), 410, "deleted");
            assertThat(client.get("/s/" + id).status()).as("the snapshot's page").isEqualTo(410);
        }
        assertThat(rows("SELECT COUNT(*) FROM snapshot WHERE id = ?", id)).as("the weights row is gone").isZero();
        assertThat(rows("SELECT COUNT(*) FROM snapshot_owner WHERE snapshot_id = ?", id)).isZero();
        assertThat(rows("SELECT COUNT(*) FROM snapshot_tombstone WHERE id_hash = ?", Owner.sha256(id))).isOne();
        assertThat(rows("SELECT COUNT(*) FROM snapshot_tombstone WHERE id_hash = ?", id)).as("not the id itself").isZero();
        assertThat(a.get("/api/snapshots").text()).doesNotContain(id);
    }

    @Test
    void twoPeopleWhoSaveTheSameNetworkEachKeepTheirOwnCopy() {
        String id = a.snapshotOf(PRIVATE_RUN.replace("100000", "20"));
        byte[] exported = b.get("/api/snapshots/" + id + "?download=true").body();
        Http.Answer imported = b.post("/api/snapshots", exported, "application/json");
        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().get("id").asString()).as("the same weights, the same id").isEqualTo(id);
        assertThat(mine(a, id)).isTrue();
        assertThat(mine(b, id)).isTrue();

        a.send("PUT", "/api/snapshots/" + id + "/published", "{\"published\":true}").ok();
        assertThat(b.get("/api/snapshots/" + id + "/ownership").json().get("published").asBoolean())
                .as("B's own choice").isFalse();

        assertThat(a.delete("/api/snapshots/" + id).status()).isEqualTo(204);
        assertThat(b.get("/api/snapshots/" + id).body()).as("B's copy is untouched").isEqualTo(exported);
        assertThat(mine(b, id)).isTrue();
        assertThat(a.get("/api/snapshots/" + id + "/ownership").json().get("mine").asBoolean()).isFalse();
        assertThat(listed(a, id)).as("A's copy (the published one) is gone; B's is not published").isNull();
        expectProblem(a.delete("/api/snapshots/" + id), 403, "only a client that saved");

        assertThat(b.delete("/api/snapshots/" + id).status()).isEqualTo(204);
        expectProblem(b.get("/api/snapshots/" + id), 410, "deleted");
        assertThat(rows("SELECT COUNT(*) FROM snapshot WHERE id = ?", id)).isZero();

        Http.Answer again = b.post("/api/snapshots", exported, "application/json");
        assertThat(again.json().get("created").asBoolean()).as("imported anew after it was deleted").isTrue();
        assertThat(a.get("/api/snapshots/" + id).status()).as("the link works again").isEqualTo(200);
    }

    @Test
    void aPageOfAnotherSiteCannotMakeAVisitorChangeAnything() {
        String evil = "https://evil.example";
        int before = runs.list().size();
        expectProblem(a.send("POST", "/api/runs", "{\"task\":\"counting\",\"maxSteps\":1}", "Origin", evil), 403,
                "origin https://evil.example is refused");
        expectProblem(a.send("POST", "/api/runs", "{\"task\":\"counting\",\"maxSteps\":1}",
                "Sec-Fetch-Site", "cross-site"), 403, "from another site");
        assertThat(runs.list()).as("no run was started").hasSize(before);

        String own = "http://localhost:" + port;
        Http.Answer sameOrigin = a.send("POST", "/api/runs", "{\"task\":\"counting\",\"maxSteps\":1}",
                "Origin", own, "Sec-Fetch-Site", "same-origin");
        assertThat(sameOrigin.status()).as("the app's own pages may").isEqualTo(201);

        String id = a.snapshotOf("{\"task\":\"counting\",\"maxSteps\":1}");
        for (String[] write : List.of(new String[] {"DELETE", "/api/snapshots/" + id, null},
                new String[] {"PUT", "/api/snapshots/" + id + "/published", "{\"published\":true}"},
                new String[] {"POST", "/api/runs/" + sameOrigin.json().get("id").asString() + "/stop", ""})) {
            expectProblem(a.send(write[0], write[1], write[2], "Origin", evil), 403, "refused");
        }
        assertThat(a.get("/api/snapshots/" + id).status()).isEqualTo(200);
        assertThat(listed(a, id).get("published").asBoolean()).isFalse();
        assertThat(a.get("/api/snapshots/" + id).status()).as("reading is never refused").isEqualTo(200);
    }

    @Test
    void aScriptUsesTheKeyHeaderAndAMalformedKeyIsRefused() {
        Http.Answer started = new Http(port).post("/api/runs", "{\"task\":\"counting\",\"maxSteps\":1}");
        String key = started.headers().firstValue(OwnerKeys.HEADER).orElseThrow();
        String id = started.json().get("id").asString();
        Http script = new Http(port);
        assertThat(script.send("GET", "/api/runs", null, OwnerKeys.HEADER, key).json().findValuesAsString("id"))
                .containsExactly(id);
        assertThat(script.send("DELETE", "/api/runs/" + id, null, OwnerKeys.HEADER, key).status()).isEqualTo(204);
        expectProblem(script.send("GET", "/api/runs", null, OwnerKeys.HEADER, "not-a-key"), 401, OwnerKeys.HEADER);
    }

    @Test
    void snapshotsOfUnknownOwnerStayListedAndNobodyDeletesThem() {
        String legacy = snapshots.save(TestNetworks.counting(3, 91), null).id();
        assertThat(listed(b, legacy)).as("listed as before owners existed").isNotNull();
        assertThat(listed(b, legacy).get("mine").asBoolean()).isFalse();
        expectProblem(b.delete("/api/snapshots/" + legacy), 403, "saved before owners existed");
        b.post("/api/snapshots", a.get("/api/snapshots/" + legacy).body(), "application/json").ok();
        assertThat(b.delete("/api/snapshots/" + legacy).status()).as("B deletes the copy B imported").isEqualTo(204);
        assertThat(a.get("/api/snapshots/" + legacy).status()).as("the unknown owner's copy stays").isEqualTo(200);
        assertThat(listed(a, legacy)).isNotNull();
    }

    @Test
    void pagesAndResourcesAreOpenToAnyoneAndReadingSetsNoCookie() {
        Http visitor = new Http(port);
        for (String path : List.of("/", "/css/base.css", "/js/pages/gallery.js", "/webjars/d3/dist/d3.min.js",
                "/api/tasks", "/api/snapshots", "/api/runs")) {
            Http.Answer answer = visitor.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
        Http.Answer refused = visitor.post("/api/runs", "{\"task\":\"juggling\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Set-Cookie")).as("a refused request issues no key").isEmpty();
    }

    private static void expectProblem(Http.Answer answer, int status, String detail) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.detail()).contains(detail);
    }

    private static JsonNode listed(Http client, String id) {
        for (JsonNode entry : client.get("/api/snapshots").ok().json()) {
            if (entry.get("id").asString().equals(id)) {
                return entry;
            }
        }
        return null;
    }

    private static boolean mine(Http client, String id) {
        JsonNode entry = listed(client, id);
        return entry != null && entry.get("mine").asBoolean();
    }

    private long rows(String sql, String param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
