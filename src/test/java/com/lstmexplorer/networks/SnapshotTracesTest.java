package com.lstmexplorer.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.snapshots.SnapshotTesting;
import com.lstmexplorer.testing.Http;
import com.lstmexplorer.testing.TestNetworks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** A snapshot's traces as JSON and CSV, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class SnapshotTracesTest extends SnapshotTesting {
    private static final String BODY = "{\"sequences\": [\"aaXbb\", \"aXb\"]}";

    private String id;

    @BeforeEach
    void saveOne() {
        id = snapshots.save(TestNetworks.counting(3, 41), null).id();
    }

    @Test
    void tracesOfTheSnapshotsNetworkHaveEveryStepLayerAndNeuron() {
        Http.Answer response = api.post("/api/snapshots/" + id + "/traces", BODY);
        assertEquals(200, response.status(), response.text());
        JsonNode traces = response.json().get("traces");
        assertEquals(2, traces.size());
        assertEquals("aaXbb", traces.get(0).get("sequence").asString());
        assertEquals(5, traces.get(0).get("steps").size());
        JsonNode layer = traces.get(0).get("steps").get(2).get("layers").get(0);
        assertEquals("X", traces.get(0).get("steps").get(2).get("char").asString());
        for (String quantity : new String[] {"cell", "hidden", "input", "forget", "output", "candidate"}) {
            assertEquals(3, layer.get(quantity).size(), quantity);
        }
    }

    @Test
    void aCharacterOutsideTheVocabularyIsA400NamingIt() {
        Http.Answer response = api.post("/api/snapshots/" + id + "/traces", "{\"sequences\": [\"aaqb\"]}");
        assertEquals(400, response.status());
        assertTrue(response.detail().contains("character 'q' at line 1, column 3"), response.detail());
    }

    @Test
    void csvHoldsTheSameNumbersAsJsonOneRowPerStepLayerAndNeuron() {
        JsonNode traces = api.post("/api/snapshots/" + id + "/traces", BODY).json().get("traces");
        Http.Answer csv = api.get("/api/snapshots/" + id + "/traces.csv?seq=aaXbb&seq=aXb");
        assertEquals(200, csv.status(), csv.text());
        assertEquals("text/csv;charset=UTF-8", csv.contentType().replace(" ", ""));
        assertEquals("attachment; filename=\"traces-" + id + ".csv\"", csv.contentDisposition());
        String[] lines = csv.text().split("\r\n");
        assertEquals("sequence_index,sequence,step,char,layer,neuron,cell,hidden,input,forget,output,candidate,"
                + "predicted,probability", lines[0]);
        assertEquals(1 + (5 + 3) * 3, lines.length);

        // Row of sequence 1 ("aXb"), step 1 ('X'), neuron 2: the same values as the JSON trace.
        String[] row = lines[1 + 5 * 3 + 3 + 2].split(",");
        JsonNode step = traces.get(1).get("steps").get(1);
        JsonNode layer = step.get("layers").get(0);
        assertEquals("1,aXb,1,X,0,2", String.join(",", java.util.Arrays.copyOf(row, 6)));
        String[] quantities = {"cell", "hidden", "input", "forget", "output", "candidate"};
        for (int q = 0; q < quantities.length; q++) {
            assertEquals(layer.get(quantities[q]).get(2).floatValue(), Float.parseFloat(row[6 + q]), quantities[q]);
        }
        assertEquals(step.get("prediction").get("probability").floatValue(), Float.parseFloat(row[13]));
    }

    @Test
    void postWithAcceptCsvAnswersCsvAndTheJsonDownloadMatchesThePost() {
        Http.Answer csv = api.post("/api/snapshots/" + id + "/traces", BODY.getBytes(StandardCharsets.UTF_8),
                "application/json", "text/csv");
        assertEquals(200, csv.status(), csv.text());
        assertEquals(api.get("/api/snapshots/" + id + "/traces.csv?seq=aaXbb&seq=aXb").text(), csv.text());

        Http.Answer json = api.get("/api/snapshots/" + id + "/traces.json?seq=aaXbb&seq=aXb");
        assertEquals("attachment; filename=\"traces-" + id + ".json\"", json.contentDisposition());
        assertEquals(api.post("/api/snapshots/" + id + "/traces", BODY).text(), json.text());
    }

    @Test
    void aSequenceWithACommaStaysOneSequence() {
        String custom = snapshots.save(TestNetworks.custom("a,b\n", 1, 2, 42), null).id();
        String seq = URLEncoder.encode("a,b", StandardCharsets.UTF_8);
        Http.Answer csv = api.get("/api/snapshots/" + custom + "/traces.csv?seq=" + seq);
        assertEquals(200, csv.status(), csv.text());
        assertEquals(1 + 3 * 2, csv.text().split("\r\n").length);
        assertTrue(csv.text().contains("\r\n0,\"a,b\",1,\",\",0,0,"), csv.text());
    }

    @Test
    void downloadsPostedWithTheSequencesInTheBodyAreTheSameFiles() {
        String query = "?seq=aaXbb&seq=aXb";
        for (String format : new String[] {"csv", "json"}) {
            Http.Answer posted = api.post("/api/snapshots/" + id + "/traces." + format, BODY);
            Http.Answer got = api.get("/api/snapshots/" + id + "/traces." + format + query);
            assertEquals(200, posted.status(), posted.text());
            assertEquals(got.text(), posted.text(), format);
            assertEquals(got.contentType(), posted.contentType());
            assertEquals("attachment; filename=\"traces-" + id + "." + format + "\"", posted.contentDisposition());
        }
        Http.Answer bad = api.post("/api/snapshots/" + id + "/traces.csv", "{\"sequences\": [\"aqb\"]}");
        assertEquals(400, bad.status());
        assertTrue(bad.detail().contains("'q'"), bad.detail());
    }

    @Test
    void downloadsWithoutSequencesOrOfAnUnknownSnapshotAreProblems() {
        Http.Answer none = api.get("/api/snapshots/" + id + "/traces.csv");
        assertEquals(400, none.status());
        assertTrue(none.detail().contains("add one or more ?seq=... parameters"), none.detail());
        Http.Answer unknown = api.post("/api/snapshots/AAAAAAAAAAAAAAAAAAAAAA/traces", BODY);
        assertEquals(404, unknown.status());
    }
}
