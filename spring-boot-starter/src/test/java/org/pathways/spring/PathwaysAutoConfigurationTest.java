package org.pathways.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.ErrorCode;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentPolicy;
import org.pathways.json.PlanJson;
import org.pathways.person.Person;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.web.servlet.context.AnnotationConfigServletWebApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The auto-configuration in a servlet application context, as an application starts it. */
class PathwaysAutoConfigurationTest {

    private static AnnotationConfigServletWebApplicationContext start(ConsentPolicy own, String... settings) {
        AnnotationConfigServletWebApplicationContext context = new AnnotationConfigServletWebApplicationContext();
        Map<String, Object> values = new HashMap<>();
        for (String s : settings) {
            String[] kv = s.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", values));
        if (own != null) {
            context.registerBean(ConsentPolicy.class, () -> own);
        }
        context.register(PathwaysAutoConfiguration.class);
        context.refresh();
        return context;
    }

    @Test
    void withoutSettingsTheConsentPolicyIsTheLibrarysDefault() {
        try (var context = start(null)) {
            assertEquals(ConsentPolicy.defaults(), context.getBean(ConsentPolicy.class));
        }
    }

    @Test
    void theConsentPolicyComesFromTheAgencysSettings() {
        try (var context = start(
                null,
                "pathways.consent.release-days=90",
                "pathways.consent.renewal-notice-days=21",
                "pathways.consent.notice-of-withheld=true",
                "pathways.consent.override-roles=privacy-officer,clinical-supervisor")) {
            ConsentPolicy policy = context.getBean(ConsentPolicy.class);
            assertEquals(Optional.of(90), policy.getReleaseDays());
            assertEquals(21, policy.getRenewalNoticeDays());
            assertTrue(policy.isNoticeOfWithheld());
            assertEquals(Set.of("privacy-officer", "clinical-supervisor"), policy.getOverrideRoles());
        }
    }

    @Test
    void aSettingThePolicyRefusesStopsTheApplicationNamingTheSetting() {
        Throwable failure = assertThrows(Exception.class, () -> start(null, "pathways.consent.release-days=0"));
        Throwable cause = failure;
        while (cause != null && !(cause instanceof InvalidPlanException)) {
            cause = cause.getCause();
        }
        InvalidPlanException refused = (InvalidPlanException) cause;
        assertEquals("policy.releaseDays", refused.getField());
        assertEquals(ErrorCode.INVALID, refused.getCode());
    }

    @Test
    void anApplicationsOwnPolicyWins() {
        ConsentPolicy own = ConsentPolicy.builder().releaseDays(30).build();
        try (var context = start(own, "pathways.consent.release-days=90")) {
            assertSame(own, context.getBean(ConsentPolicy.class));
            assertEquals(1, context.getBeansOfType(ConsentPolicy.class).size());
        }
    }

    @Test
    void springsMapperWritesTheBytesPlanJsonWritesEvenOutsideTheBasicPlane() throws Exception {
        Person amara = Person.builder()
                .id("person-a")
                .chosenName(SensitiveText.of("Amara \uD83C\uDF31"))
                .build();
        AnnotationConfigServletWebApplicationContext context = new AnnotationConfigServletWebApplicationContext();
        context.register(JacksonAutoConfiguration.class, PathwaysAutoConfiguration.class);
        context.refresh();
        try (context) {
            ObjectMapper mapper = context.getBean(ObjectMapper.class);
            byte[] expected = PlanJson.defaults().write(amara).getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            mapper.writeValue(stream, amara);
            assertArrayEquals(expected, mapper.writeValueAsBytes(amara), "writeValueAsBytes");
            assertArrayEquals(expected, stream.toByteArray(), "writeValue to a stream");
            assertFalse(new String(stream.toByteArray(), StandardCharsets.UTF_8).contains("\\uD83C"));
        }
    }
}
