package org.pathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A Jackson module that teaches an embedder's own {@code ObjectMapper} the Pathways wire format,
 * registered the way {@code JavaTimeModule} is:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PathwaysModule());
 * String json = mapper.writeValueAsString(plan);
 * CarePlan back = mapper.readValue(json, CarePlan.class);
 * }</pre>
 *
 * <p>It uses the same codecs as {@link PlanJson}, so both produce the same JSON and refuse the same
 * input with the same {@link org.pathways.MalformedDocumentException}. Settings of the mapper that
 * change the shape of values (naming strategies, default typing) do not apply to Pathways types;
 * default typing must never be enabled for input from outside.
 *
 * @implSpec This class is immutable and thread-safe once registered.
 */
public final class PathwaysModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module with a serializer and a deserializer for every supported type. */
    public PathwaysModule() {
        super("PathwaysModule");
        for (Class<?> type : Codecs.types()) {
            register(type);
        }
    }

    private <T> void register(Class<T> type) {
        Codec<T> codec = Codecs.of(type);
        addSerializer(type, new StdSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                codec.write(g, value);
            }
        });
        addDeserializer(type, new StdDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
                In in = new In(p, ReadLimits.defaults());
                try {
                    return codec.read(in);
                } catch (JsonProcessingException e) {
                    throw PlanJson.translate(in, e);
                }
            }
        });
    }
}
