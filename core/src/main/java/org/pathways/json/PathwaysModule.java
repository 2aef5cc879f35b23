package org.pathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.pathways.MalformedDocumentException;

/**
 * A Jackson module that teaches an embedder's own {@code ObjectMapper} the Pathways wire format,
 * registered the way {@code JavaTimeModule} is, or found by {@code findAndRegisterModules()}:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PathwaysModule());
 * String json = mapper.writeValueAsString(plan);
 * CarePlan back = mapper.readValue(json, CarePlan.class);
 * }</pre>
 *
 * <p>It uses the same codecs as {@link PlanJson}, so both write the same JSON and read by the same
 * rules, within the same {@link ReadLimits}: the module checks the document's length and the length
 * of strings and numbers itself, whatever the mapper's own constraints. A Pathways value read as the
 * whole document refuses {@code null}, a second document and any content after it, as
 * {@code PlanJson} does. Settings of the mapper that change the shape of values (naming strategies,
 * default typing) do not apply to Pathways types: they never write or read a type id, and under
 * default typing a type-id wrapper such as {@code ["org.pathways.plan.CarePlan",{…}]} is refused as
 * not an object.
 *
 * <p><b>Errors.</b> Bad input inside a Pathways value ends in a {@link MalformedDocumentException}
 * whose {@link MalformedDocumentException#getField() pointer} runs from the document's root: the
 * names of the embedder's own types stand as they are, the names inside the Pathways value as the
 * wire format spells them ({@code /envelope/plan/team/members/0/role}). Read as the whole document,
 * the exception comes out of {@code readValue} as it is. Read inside an embedder's bean, Jackson wraps
 * it, by default, in a {@code JsonMappingException} whose cause it is; {@link #malformed(Throwable)}
 * finds it in either case. Input Jackson refuses before any value begins — no content at all, a
 * comment or bytes that are not text at the very start — never reaches the module and is Jackson's
 * own {@code JsonProcessingException}; {@link PlanJson} refuses those with the library's exception.
 * Text read from bytes by the embedder's mapper is decoded by Jackson, which accepts overlong UTF-8
 * forms that {@code PlanJson} refuses.
 *
 * @implSpec This class is immutable and thread-safe once registered.
 */
public final class PathwaysModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module with a serializer and a deserializer for every supported type, reading within the defaults. */
    public PathwaysModule() {
        this(ReadLimits.defaults());
    }

    /**
     * Creates the module reading within other limits, as {@link PlanJson#withLimits} does.
     *
     * @param limits the limits every Pathways value read through the mapper is held to
     */
    public PathwaysModule(ReadLimits limits) {
        super("PathwaysModule");
        Objects.requireNonNull(limits, "limits");
        for (Class<?> type : Codecs.types()) {
            register(type, limits);
        }
    }

    /**
     * Finds the library's exception in what a mapper threw: the exception itself, or the cause
     * Jackson wrapped it in when a Pathways value was read inside the embedder's own type.
     *
     * <pre>{@code
     * try {
     *     mapper.readValue(body, Referral.class);          // the embedder's bean holds a CarePlan
     * } catch (JsonProcessingException | RuntimeException e) {
     *     PathwaysModule.malformed(e).ifPresent(m -> answer400(m.getField(), m.getReason()));
     * }
     * }</pre>
     *
     * @param thrown what the mapper threw
     * @return the library's exception, if it is the thrown one or in its causes
     */
    public static Optional<MalformedDocumentException> malformed(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MalformedDocumentException m) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private <T> void register(Class<T> type, ReadLimits limits) {
        Codec<T> codec = Codecs.of(type);
        addSerializer(type, new StdSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                codec.write(g, value);
            }

            @Override
            public void serializeWithType(T value, JsonGenerator g, SerializerProvider provider, TypeSerializer ids)
                    throws IOException {
                serialize(value, g, provider); // a Pathways value never carries a type id
            }
        });
        addDeserializer(type, new StdDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
                In in = new In(p, limits, true);
                try {
                    T value = codec.read(in);
                    in.checkLength();
                    if (in.atRoot() && p.nextToken() != null) {
                        throw in.error("unexpected content after the document");
                    }
                    return value;
                } catch (JsonProcessingException e) {
                    throw PlanJson.translate(in, e);
                } catch (CharConversionException e) {
                    throw PlanJson.notText(in, e);
                }
            }

            @Override
            public Object deserializeWithType(JsonParser p, DeserializationContext context, TypeDeserializer ids)
                    throws IOException {
                return deserialize(p, context); // a type id in the input is not taken: it is not an object
            }

            @Override
            public T getNullValue(DeserializationContext context) {
                JsonParser p = context.getParser();
                if (p != null && p.getParsingContext().inRoot()) {
                    throw new In(p, limits).error("must not be null; the document is a value");
                }
                return null; // a null in the embedder's own type is the embedder's to allow or refuse
            }
        });
    }
}
