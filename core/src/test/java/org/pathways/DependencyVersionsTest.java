package org.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.json.PackageVersion;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The Jackson and Bean Validation versions on the class path are the ones the build says this run
 * tests: the pinned ones in the main run, the oldest supported ones in the {@code oldest-supported}
 * run (core/pom.xml). Without it, a change of the class path could leave that run testing the pinned
 * versions twice.
 */
class DependencyVersionsTest {
    @Test
    void jacksonIsTheVersionThisRunTests() {
        String expected = System.getProperty("pathways.expect.jackson", PackageVersion.VERSION.toString());
        assertEquals(expected, PackageVersion.VERSION.toString());
        assertEquals(expected, com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    }

    @Test
    void beanValidationIsTheVersionThisRunTests() throws IOException {
        String jar = validationApiVersion();
        assertEquals(System.getProperty("pathways.expect.validation", jar), jar);
    }

    /** The version in the validation API jar's Maven properties. */
    private static String validationApiVersion() throws IOException {
        try (InputStream in = Validation.class.getResourceAsStream(
                "/META-INF/maven/jakarta.validation/jakarta.validation-api/pom.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }
}
