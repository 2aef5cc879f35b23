package org.pathways.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pathways.consent.Purpose;
import org.pathways.plan.StepStatus;
import org.springframework.core.convert.converter.Converter;

class CodedEnumsTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(CodedEnums.jacksonModule());

    record Body(Purpose purpose, StepStatus status) {}

    @Test
    void readsAndWritesTheLibrarysCodes() throws Exception {
        Body body = new Body(Purpose.CASE_CONFERENCE, StepStatus.IN_PROGRESS);
        String json = mapper.writeValueAsString(body);
        assertEquals("{\"purpose\":\"case_conference\",\"status\":\"in_progress\"}", json);
        assertEquals(body, mapper.readValue(json, Body.class));
    }

    @Test
    void refusesAnUnknownCodeWithoutRepeatingIt() {
        JsonMappingException e = assertThrows(
                JsonMappingException.class,
                () -> mapper.readValue("{\"purpose\":\"my uncle\",\"status\":\"in_progress\"}", Body.class));
        assertFalse(e.getOriginalMessage().contains("uncle"), e.getOriginalMessage());
    }

    @Test
    void convertsRequestParametersByCode() {
        Converter<String, Purpose> purpose = new CodedEnums.Converters().getConverter(Purpose.class);
        assertEquals(Purpose.REFERRAL, purpose.convert("referral"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> purpose.convert("gossip"));
        assertFalse(e.getMessage().contains("gossip"));
    }
}
