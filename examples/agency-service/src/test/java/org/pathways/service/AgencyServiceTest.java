package org.pathways.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pathways.json.PlanJson;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service over real HTTP on a random port, on its embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgencyServiceTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private record Answer(int status, JsonNode body, String etag, String contentType) {}

    private Answer send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Pathways-Author", "m-jo")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode node = r.body().isEmpty() ? null : JSON.readTree(r.body());
        return new Answer(
                r.statusCode(),
                node,
                r.headers().firstValue("ETag").orElse(null),
                r.headers().firstValue("Content-Type").orElse(""));
    }

    private static String person(String id) {
        return "{\"id\":\"" + id + "\",\"chosenName\":\"Mira\",\"languages\":[\"fr\",\"en\"],"
                + "\"selfDescription\":\"I got out of a bad situation in Timmins\"}";
    }

    private String startPlan() throws Exception {
        String id = "plan-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        Answer started = send("POST", "/plans", "{\"id\":\"" + id + "\",\"person\":" + person("person-" + id) + "}");
        assertEquals(201, started.status(), String.valueOf(started.body()));
        assertEquals("\"1\"", started.etag());
        return id;
    }

    private static final String PRIORITY = "{\"rank\":1,\"priority\":{\"id\":\"p-home\","
            + "\"statement\":\"A place of my own\",\"category\":\"other\",\"domains\":[\"physical\"],"
            + "\"expressedAt\":\"2026-03-02T15:00:00Z\",\"status\":\"active\"}}";

    private static final String REFERRAL = "{\"id\":\"s-shelter\",\"kind\":\"referral\",\"serves\":[\"p-home\"],"
            + "\"responsible\":\"m-jo\",\"provider\":\"org-aurora-house\",\"accompaniment\":\"accepted\","
            + "\"accompaniedBy\":\"m-jo\",\"shares\":[\"contact\",\"priorities\"],"
            + "\"history\":[{\"status\":\"proposed\",\"at\":\"2026-03-02T15:00:00Z\",\"recordedBy\":\"m-jo\"}]}";

    private static String grant() {
        String start = Instant.now()
                .minus(1, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        return "{\"type\":\"grant\",\"id\":\"c-1\",\"recipient\":{\"kind\":\"organisation\",\"id\":\"org-aurora-house\"},"
                + "\"categories\":[\"identity\",\"contact\",\"priorities\"],\"purposes\":[\"referral\"],"
                + "\"start\":\"" + start + "\",\"given\":\"verbal\",\"recordedBy\":\"someone-else\","
                + "\"recordedAt\":\"" + start + "\",\"conditions\":\"Only call the cell\"}";
    }

    /** Starts a plan with her case worker, a priority, a referral to the shelter and her agreement: revision 5. */
    private String planWithAgreedReferral() throws Exception {
        String id = startPlan();
        Answer member = send(
                "POST",
                "/plans/" + id + "/team",
                "{\"id\":\"m-jo\",\"role\":\"dedicated_case_worker\",\"lead\":true,\"paid\":true}",
                "If-Match",
                "\"1\"");
        assertEquals(200, member.status(), String.valueOf(member.body()));
        assertEquals(
                200,
                send("POST", "/plans/" + id + "/priorities", PRIORITY, "If-Match", "\"2\"")
                        .status());
        Answer proposed = send("POST", "/plans/" + id + "/steps", REFERRAL, "If-Match", "\"3\"");
        assertEquals(200, proposed.status(), String.valueOf(proposed.body()));
        Answer agreed = send(
                "POST",
                "/plans/" + id + "/steps/s-shelter/agreement",
                "{\"mode\":\"verbal\"}",
                "If-Match",
                "\"4\"",
                "Pathways-Person-Present",
                "true");
        assertEquals(200, agreed.status(), String.valueOf(agreed.body()));
        assertEquals("\"5\"", agreed.etag());
        return id;
    }

    private int latestRevision(String id) throws Exception {
        return send("GET", "/plans/" + id, null)
                .body()
                .get("revision")
                .get("number")
                .asInt();
    }

    @Test
    void thePlansLifeFromStartToHistoryOverHttp() throws Exception {
        String id = planWithAgreedReferral();
        Answer second = send(
                "POST",
                "/plans/" + id + "/priorities",
                PRIORITY.replace("p-home", "p-son").replace("A place of my own", "Get my son back"),
                "If-Match",
                "\"5\"");
        assertEquals("\"6\"", second.etag());
        Answer moved = send("PUT", "/plans/" + id + "/priorities/p-son/rank", "{\"rank\":1}", "If-Match", "\"6\"");
        assertEquals(200, moved.status(), String.valueOf(moved.body()));
        assertEquals("p-son", moved.body().get("priorities").get(0).get("id").asText());

        Answer consent = send("POST", "/plans/" + id + "/consent", grant(), "If-Match", "\"7\"");
        assertEquals(200, consent.status(), String.valueOf(consent.body()));
        assertEquals(
                "m-jo", consent.body().get("consent").get(0).get("recordedBy").asText(), "never the body's author");

        Answer preview = send(
                "GET",
                "/plans/" + id + "/disclosures/preview?kind=organisation&recipient=org-aurora-house&purpose=referral",
                null);
        assertEquals(200, preview.status(), String.valueOf(preview.body()));
        assertEquals("\"8\"", preview.etag(), "a preview records nothing");
        assertEquals(8, latestRevision(id));

        Answer shared = send(
                "POST",
                "/plans/" + id + "/disclosures",
                "{\"kind\":\"organisation\",\"recipient\":\"org-aurora-house\",\"purpose\":\"referral\"}",
                "If-Match",
                "\"8\"");
        assertEquals(200, shared.status(), String.valueOf(shared.body()));
        assertEquals("\"9\"", shared.etag());
        assertEquals(preview.body().get("person"), shared.body().get("person"));

        Answer going = send(
                "PUT", "/plans/" + id + "/steps/s-shelter/status", "{\"status\":\"in_progress\"}", "If-Match", "\"9\"");
        assertEquals(200, going.status(), String.valueOf(going.body()));

        Answer history = send("GET", "/plans/" + id + "/revisions", null);
        assertEquals(10, history.body().size());
        for (JsonNode revision : history.body()) {
            assertEquals("m-jo", revision.get("author").asText());
        }
        Answer log = send("GET", "/plans/" + id + "/disclosures", null);
        assertEquals(1, log.body().size());
        assertEquals(
                "org-aurora-house", log.body().get(0).get("recipient").get("id").asText());
        assertEquals("referral", log.body().get(0).get("purpose").asText());
        assertEquals("c-1", log.body().get(0).get("grants").get(0).asText());
        Answer third = send("GET", "/plans/" + id + "/revisions/4", null);
        assertEquals("\"4\"", third.etag());
        assertEquals(
                "proposed",
                third.body()
                        .get("steps")
                        .get(0)
                        .get("history")
                        .get(0)
                        .get("status")
                        .asText());
    }

    @Test
    void theAgencysConsentPolicyGivesAnOpenReleaseItsExpiryAndAViewTheNoticeOfWhatSheWithheld() throws Exception {
        String id = planWithAgreedReferral();
        Answer consent = send("POST", "/plans/" + id + "/consent", grant(), "If-Match", "\"5\"");
        assertEquals(200, consent.status(), String.valueOf(consent.body()));
        JsonNode granted = consent.body().get("consent").get(0);
        assertEquals(
                Instant.parse(granted.get("recordedAt").asText()).plus(90, ChronoUnit.DAYS),
                Instant.parse(granted.get("expiresAt").asText()),
                "pathways.consent.release-days=90, from when it took effect: when it was recorded");

        String preview = "/plans/" + id + "/disclosures/preview?kind=organisation&recipient=org-aurora-house"
                + "&purpose=referral";
        assertFalse(send("GET", preview, null).body().has("withheldAtRequest"), "nothing withheld yet");
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Answer instructed = send(
                "POST",
                "/plans/" + id + "/consent",
                "{\"type\":\"refusal\",\"id\":\"c-2\",\"recipient\":{\"kind\":\"organisation\","
                        + "\"id\":\"org-aurora-house\"},\"items\":[\"p-home\"],\"given\":\"verbal\","
                        + "\"recordedBy\":\"m-jo\",\"recordedAt\":\"" + now + "\"}",
                "If-Match",
                "\"6\"");
        assertEquals(200, instructed.status(), String.valueOf(instructed.body()));
        Answer view = send("GET", preview, null);
        assertEquals(200, view.status(), String.valueOf(view.body()));
        assertTrue(view.body().get("withheldAtRequest").asBoolean(), "pathways.consent.notice-of-withheld=true");
        assertFalse(view.body().toString().contains("p-home"), "never what");
    }

    @Test
    void aReferralWithoutConsentCannotGoAheadAndIsRefusedWith422() throws Exception {
        String id = planWithAgreedReferral();
        Answer refused = send(
                "PUT", "/plans/" + id + "/steps/s-shelter/status", "{\"status\":\"in_progress\"}", "If-Match", "\"5\"");
        assertEquals(422, refused.status(), String.valueOf(refused.body()));
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.body().get("type").asText().startsWith("urn:pathways:problem:"));
        assertTrue(
                refused.body().get("detail").asText().contains("consent"),
                refused.body().toString());
        assertFalse(refused.body().toString().contains("A place of my own"));
        assertEquals(5, latestRevision(id));
    }

    @Test
    void twoConcurrentEditsFromOneRevisionOneIsSavedTheOtherGets409() throws Exception {
        String id = startPlan();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> edits = new ArrayList<>();
            for (String who : List.of("p-home", "p-son")) {
                edits.add(pool.submit(() -> {
                    go.await();
                    return send(
                            "POST",
                            "/plans/" + id + "/priorities",
                            PRIORITY.replace("p-home", who),
                            "If-Match",
                            "\"1\"");
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            Answer conflict = null;
            for (Future<Answer> f : edits) {
                Answer a = f.get();
                statuses.add(a.status());
                if (a.status() == 409) {
                    conflict = a;
                }
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
            assertEquals("stale_revision", conflict.body().get("code").asText());
            assertEquals(2, conflict.body().get("latestRevision").asInt());
            assertEquals("\"2\"", conflict.etag(), "the 409 names the revision to reload");
            assertTrue(
                    conflict.body().get("detail").asText().contains("by m-jo at"),
                    conflict.body().toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, send("GET", "/plans/" + id + "/revisions", null).body().size());
    }

    @Test
    void aBodyWithAnUnknownFieldIsRefusedWith400WithoutNamingIt() throws Exception {
        String id = startPlan();
        Answer unknown = send(
                "PUT",
                "/plans/" + id + "/priorities/p-home/rank",
                "{\"rank\":1,\"my uncle sold me\":true}",
                "If-Match",
                "\"1\"");
        assertEquals(400, unknown.status(), String.valueOf(unknown.body()));
        assertEquals("malformed", unknown.body().get("code").asText());
        assertFalse(unknown.body().toString().contains("uncle"), unknown.body().toString());
        Answer inPlan = send(
                "POST",
                "/plans/" + id + "/steps",
                REFERRAL.replace("\"kind\"", "\"my uncle\":1,\"kind\""),
                "If-Match",
                "\"1\"");
        assertEquals(400, inPlan.status(), String.valueOf(inPlan.body()));
        assertFalse(inPlan.body().toString().contains("uncle"), inPlan.body().toString());
    }

    @Test
    void aPlanComesBackAsTheBytesPlanJsonWritesEvenOutsideTheBasicPlane() throws Exception {
        String id = "plan-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        String person = person("person-" + id).replace("\"Mira\"", "\"Mira \uD83C\uDF31\"");
        assertEquals(
                201,
                send("POST", "/plans", "{\"id\":\"" + id + "\",\"person\":" + person + "}")
                        .status());
        HttpResponse<byte[]> got = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans/" + id))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        PlanJson json = PlanJson.defaults();
        assertArrayEquals(
                json.write(json.readPlan(new String(got.body(), StandardCharsets.UTF_8)))
                        .getBytes(StandardCharsets.UTF_8),
                got.body());
        assertTrue(new String(got.body(), StandardCharsets.UTF_8).contains("Mira \uD83C\uDF31"));
    }

    @Test
    void unknownPlansAndRevisionsAre404() throws Exception {
        Answer missing = send("GET", "/plans/plan-nobody", null);
        assertEquals(404, missing.status());
        assertEquals("not_found", missing.body().get("code").asText());
        String id = startPlan();
        assertEquals(404, send("GET", "/plans/" + id + "/revisions/7", null).status());
    }

    @Test
    void aChangeNamesItsRevisionAndItsAuthorFromTheRequest() throws Exception {
        String id = startPlan();
        Answer noIfMatch = send("PUT", "/plans/" + id + "/priorities/p-home/rank", "{\"rank\":1}");
        assertEquals(428, noIfMatch.status());
        Answer badIfMatch =
                send("PUT", "/plans/" + id + "/priorities/p-home/rank", "{\"rank\":1}", "If-Match", "\"x\"");
        assertEquals(400, badIfMatch.status());
        Answer noAuthor =
                send("POST", "/plans/" + id + "/priorities", PRIORITY, "If-Match", "\"1\"", "Pathways-Author", "");
        assertEquals(400, noAuthor.status());
        assertEquals("Pathways-Author", noAuthor.body().get("field").asText());
    }

    @Test
    void bodiesAreValidatedByBeanValidation() throws Exception {
        String id = startPlan();
        Answer rank = send("PUT", "/plans/" + id + "/priorities/p-home/rank", "{\"rank\":0}", "If-Match", "\"1\"");
        assertEquals(400, rank.status());
        assertEquals("rank", rank.body().get("field").asText());
        Answer badCode = send(
                "GET", "/plans/" + id + "/disclosures/preview?kind=organisation&recipient=org-a&purpose=gossip", null);
        assertEquals(400, badCode.status());
        assertEquals("unknown_code", badCode.body().get("code").asText(), "as PurposeOfUse.fromCode says");
        assertEquals("purpose", badCode.body().get("field").asText());
        assertFalse(badCode.body().toString().contains("gossip"));
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String id = startPlan();
        String big = "{\"rank\":1,\"padding\":\"" + "a".repeat(1_100_000) + "\"}";
        Answer tooLarge = send("PUT", "/plans/" + id + "/priorities/p-home/rank", big, "If-Match", "\"1\"");
        assertEquals(413, tooLarge.status());
        assertEquals("limit_exceeded", tooLarge.body().get("code").asText());
    }

    @Test
    void streamsTheAgencysCaseloadAsNewlineDelimitedJson() throws Exception {
        startPlan();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans/caseload"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        String[] lines = r.body().split("\n");
        assertTrue(lines.length >= 1);
        for (String line : lines) {
            assertTrue(line.startsWith("{\"schemaVersion\""), "the wire format, in its own key order");
        }
    }
}
