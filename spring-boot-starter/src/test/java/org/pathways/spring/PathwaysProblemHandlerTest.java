package org.pathways.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathways.consent.Purpose;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Problems for parameters that do not convert, over real HTTP on an embedded Tomcat. */
class PathwaysProblemHandlerTest {
    private static ServletWebServerApplicationContext context;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An application's endpoints taking codes one by one, as a list, optional, in the path, and a number. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @RestController
    static class App {
        @GetMapping("/one")
        String one(@RequestParam Purpose purpose) {
            return purpose.getCode();
        }

        @GetMapping("/list")
        String list(@RequestParam List<Purpose> purpose) {
            return purpose.toString();
        }

        @GetMapping("/optional")
        String optional(@RequestParam Optional<Purpose> purpose) {
            return purpose.toString();
        }

        @GetMapping("/by/{purpose}")
        String path(@PathVariable Purpose purpose) {
            return purpose.getCode();
        }

        @GetMapping("/count")
        String count(@RequestParam int n) {
            return Integer.toString(n);
        }
    }

    @BeforeAll
    static void start() {
        context = (ServletWebServerApplicationContext) new SpringApplicationBuilder(App.class)
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + context.getWebServer().getPort() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode(), r.body());
        assertFalse(r.body().contains("gossip"), "the rejected value comes back: " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void aCodeNoConstantHasIsAnUnknownCodeWhetherOneAListOptionalOrInThePath() throws Exception {
        for (String path : List.of(
                "/one?purpose=gossip", "/list?purpose=referral,gossip", "/optional?purpose=gossip", "/by/gossip")) {
            JsonNode problem = get(path);
            assertEquals("unknown_code", problem.get("code").asText(), path);
            assertEquals("purpose", problem.get("field").asText(), path);
        }
    }

    @Test
    void theInstanceIsTheEndpointsPatternNotThePathAsSent() throws Exception {
        assertEquals("/by/%7Bpurpose%7D", get("/by/gossip").get("instance").asText());
    }

    @Test
    void anythingElseThatDoesNotConvertIsMalformed() throws Exception {
        JsonNode problem = get("/count?n=gossip");
        assertEquals("malformed", problem.get("code").asText());
        assertEquals("n", problem.get("field").asText());
    }
}
