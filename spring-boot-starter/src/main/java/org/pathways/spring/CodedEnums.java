package org.pathways.spring;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.util.Optional;
import org.pathways.Coded;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * The library's closed sets by their wire codes wherever Spring meets them: in JSON bodies (a Jackson
 * module) and in path variables and query parameters (a converter factory). An unknown code is refused
 * without repeating it.
 */
public final class CodedEnums {
    private CodedEnums() {}

    static Optional<Object> fromCode(Class<?> type, String code) {
        for (Object constant : type.getEnumConstants()) {
            if (((Coded) constant).getCode().equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a Jackson module that reads and writes every {@link Coded} enum by its code.
     *
     * @return the module
     */
    public static SimpleModule jacksonModule() {
        SimpleModule module = new SimpleModule("PathwaysCodes");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(
                    DeserializationConfig config, JavaType type, BeanDescription beanDesc, JsonDeserializer<?> d) {
                return Coded.class.isAssignableFrom(type.getRawClass()) ? deserializer(type.getRawClass()) : d;
            }
        });
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifyEnumSerializer(
                    SerializationConfig config, JavaType type, BeanDescription beanDesc, JsonSerializer<?> s) {
                return Coded.class.isAssignableFrom(type.getRawClass()) ? SERIALIZER : s;
            }
        });
        return module;
    }

    private static final JsonSerializer<Object> SERIALIZER = new JsonSerializer<>() {
        @Override
        public void serialize(Object value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(((Coded) value).getCode());
        }
    };

    private static JsonDeserializer<?> deserializer(Class<?> type) {
        return new JsonDeserializer<Object>() {
            @Override
            public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return context.handleUnexpectedToken(type, p);
                }
                Optional<Object> constant = fromCode(type, p.getText());
                if (constant.isPresent()) {
                    return constant.get();
                }
                throw context.weirdStringException("", type, "not one of the codes of " + type.getSimpleName());
            }
        };
    }

    /**
     * A parameter that names none of a closed set's codes; answered {@code unknown_code}, whether the
     * parameter is one code, an array, a list or optional.
     */
    static final class UnknownCode extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnknownCode(Class<?> type) {
            super("not one of the codes of " + type.getSimpleName());
        }
    }

    /** Converts a request parameter to a {@link Coded} enum by its code. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final class Converters implements ConverterFactory<String, Enum> {
        /** Creates the converters. */
        public Converters() {}

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
            if (!Coded.class.isAssignableFrom(targetType)) {
                return source -> (T) Enum.valueOf(targetType, source);
            }
            return source -> {
                Optional<Object> constant = fromCode(targetType, source);
                if (constant.isEmpty()) {
                    throw new UnknownCode(targetType);
                }
                return (T) constant.get();
            };
        }
    }
}
