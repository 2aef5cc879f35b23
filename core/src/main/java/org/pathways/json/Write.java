package org.pathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.pathways.Coded;
import org.pathways.LocalizedText;
import org.pathways.SensitiveText;
import org.pathways.internal.Times;
import org.pathways.json.ObjectCodec.Put;

/** How a declared field is written: one writer per kind of value, each leaving out an absent value. */
final class Write {
    private Write() {}

    // the kinds of field written by a getter; the codec's loop writes them in one switch, so a field
    // costs one call (the getter) rather than two through interfaces
    static final int STRING = 1;
    static final int OPT_STRING = 2;
    static final int TEXT = 3;
    static final int OPT_TEXT = 4;
    static final int TEXTS = 5;
    static final int CODE = 6;
    static final int OPT_CODE = 7;
    static final int CODES = 8;
    static final int STRINGS = 9;
    static final int INSTANT = 10;
    static final int OPT_INSTANT = 11;
    static final int OPT_DATE = 12;
    static final int LOCALIZED = 13;
    static final int OPT_LOCALIZED = 14;
    static final int BOOL = 15;
    static final int INTEGER = 16;
    static final int OBJECT = 17;
    static final int OPT_OBJECT = 18;
    static final int LIST = 19;
    static final int VALUE = 20;

    /** A field written from a getter, by its kind. */
    static final class Simple<T> implements Put<T> {
        final int kind;
        final Function<T, ?> get;
        /** The nested object's declaration ({@link #OBJECT}, {@link #OPT_OBJECT}, {@link #LIST}). */
        final ObjectCodec<Object, ?> type;
        /** The nested value's codec ({@link #VALUE}). */
        final Codec<Object> codec;

        @SuppressWarnings("unchecked")
        Simple(int kind, Function<T, ?> get, ObjectCodec<?, ?> type, Codec<?> codec) {
            this.kind = kind;
            this.get = get;
            this.type = (ObjectCodec<Object, ?>) type;
            this.codec = (Codec<Object>) codec;
        }

        @Override
        public void write(JsonGenerator g, SerializedString name, T value, int how) throws IOException {
            Write.write(g, name, this, get.apply(value), how);
        }
    }

    static <T> Put<T> string(Function<T, String> get) {
        return new Simple<>(STRING, get, null, null);
    }

    static <T> Put<T> optString(Function<T, Optional<String>> get) {
        return new Simple<>(OPT_STRING, get, null, null);
    }

    static <T> Put<T> text(Function<T, SensitiveText> get) {
        return new Simple<>(TEXT, get, null, null);
    }

    static <T> Put<T> optText(Function<T, Optional<SensitiveText>> get) {
        return new Simple<>(OPT_TEXT, get, null, null);
    }

    static <T> Put<T> texts(Function<T, ? extends Collection<SensitiveText>> get) {
        return new Simple<>(TEXTS, get, null, null);
    }

    static <T> Put<T> code(Function<T, ? extends Coded> get) {
        return new Simple<>(CODE, get, null, null);
    }

    static <T> Put<T> optCode(Function<T, ? extends Optional<? extends Coded>> get) {
        return new Simple<>(OPT_CODE, get, null, null);
    }

    static <T> Put<T> codes(Function<T, ? extends Collection<? extends Coded>> get) {
        return new Simple<>(CODES, get, null, null);
    }

    static <T> Put<T> strings(Function<T, ? extends Collection<String>> get) {
        return new Simple<>(STRINGS, get, null, null);
    }

    static <T> Put<T> instant(Function<T, Instant> get) {
        return new Simple<>(INSTANT, get, null, null);
    }

    static <T> Put<T> optInstant(Function<T, Optional<Instant>> get) {
        return new Simple<>(OPT_INSTANT, get, null, null);
    }

    static <T> Put<T> optDate(Function<T, Optional<LocalDate>> get) {
        return new Simple<>(OPT_DATE, get, null, null);
    }

    static <T> Put<T> localized(Function<T, LocalizedText> get) {
        return new Simple<>(LOCALIZED, get, null, null);
    }

    static <T> Put<T> optLocalized(Function<T, Optional<LocalizedText>> get) {
        return new Simple<>(OPT_LOCALIZED, get, null, null);
    }

    static <T> Put<T> bool(Function<T, Boolean> get) {
        return new Simple<>(BOOL, get, null, null);
    }

    static <T> Put<T> integer(Function<T, Integer> get) {
        return new Simple<>(INTEGER, get, null, null);
    }

    /** A nested object of a declared type, written with the same options. */
    static <T, V> Put<T> object(Function<T, V> get, ObjectCodec<V, ?> type) {
        return new Simple<>(OBJECT, get, type, null);
    }

    static <T, V> Put<T> optObject(Function<T, Optional<V>> get, ObjectCodec<V, ?> type) {
        return new Simple<>(OPT_OBJECT, get, type, null);
    }

    /** An array of objects of a declared type, written with the same options. */
    static <T, V> Put<T> list(Function<T, ? extends List<V>> get, ObjectCodec<V, ?> type) {
        return new Simple<>(LIST, get, type, null);
    }

    /** A value of a codec that is not an object (the ranked priorities, the consent ledger). */
    static <T, V> Put<T> value(Function<T, V> get, Codec<V> codec) {
        return new Simple<>(VALUE, get, null, codec);
    }

    /** A field that is written only when this says so. */
    static <T> Put<T> when(Predicate<T> write, Put<T> put) {
        return (g, k, v, how) -> {
            if (write.test(v)) {
                put.write(g, k, v, how);
            }
        };
    }

    /** Writes a field of a kind, its value got; an absent optional value is left out. */
    @SuppressWarnings("unchecked")
    static void write(JsonGenerator g, SerializedString name, Simple<?> f, Object v, int how) throws IOException {
        switch (f.kind) {
            case STRING -> {
                g.writeFieldName(name);
                g.writeString((String) v);
            }
            case TEXT -> {
                g.writeFieldName(name);
                g.writeString(((SensitiveText) v).reveal());
            }
            case CODE -> {
                g.writeFieldName(name);
                g.writeString(((Coded) v).getCode());
            }
            case INSTANT -> {
                g.writeFieldName(name);
                instant(g, (Instant) v);
            }
            case BOOL -> {
                g.writeFieldName(name);
                g.writeBoolean((Boolean) v);
            }
            case INTEGER -> {
                g.writeFieldName(name);
                g.writeNumber((Integer) v);
            }
            case LOCALIZED -> {
                g.writeFieldName(name);
                Texts.write(g, (LocalizedText) v);
            }
            case OBJECT -> {
                g.writeFieldName(name);
                f.type.write(g, v, how);
            }
            case VALUE -> {
                g.writeFieldName(name);
                f.codec.write(g, v);
            }
            case CODES -> codes(g, name, (Collection<? extends Coded>) v);
            case STRINGS -> {
                g.writeFieldName(name);
                g.writeStartArray();
                for (String s : (Collection<String>) v) {
                    g.writeString(s);
                }
                g.writeEndArray();
            }
            case TEXTS -> {
                g.writeFieldName(name);
                g.writeStartArray();
                for (SensitiveText t : (Collection<SensitiveText>) v) {
                    g.writeString(t.reveal());
                }
                g.writeEndArray();
            }
            case LIST -> {
                g.writeFieldName(name);
                g.writeStartArray();
                for (Object e : (List<?>) v) {
                    f.type.write(g, e, how);
                }
                g.writeEndArray();
            }
            default -> {
                Optional<?> o = (Optional<?>) v;
                if (o.isPresent()) {
                    Object p = o.get();
                    switch (f.kind) {
                        case OPT_STRING -> {
                            g.writeFieldName(name);
                            g.writeString((String) p);
                        }
                        case OPT_TEXT -> {
                            g.writeFieldName(name);
                            g.writeString(((SensitiveText) p).reveal());
                        }
                        case OPT_CODE -> {
                            g.writeFieldName(name);
                            g.writeString(((Coded) p).getCode());
                        }
                        case OPT_INSTANT -> {
                            g.writeFieldName(name);
                            instant(g, (Instant) p);
                        }
                        case OPT_DATE -> {
                            g.writeFieldName(name);
                            g.writeString(p.toString());
                        }
                        case OPT_LOCALIZED -> {
                            g.writeFieldName(name);
                            Texts.write(g, (LocalizedText) p);
                        }
                        case OPT_OBJECT -> {
                            g.writeFieldName(name);
                            f.type.write(g, p, how);
                        }
                        default -> throw new IllegalStateException("no kind " + f.kind);
                    }
                }
            }
        }
    }

    /** Writes an instant as {@link Instant#toString} does, without its formatter. */
    static void instant(JsonGenerator g, Instant t) throws IOException {
        char[] text = new char[40];
        g.writeString(text, 0, Times.write(t, text));
    }

    /** Writes a field holding an array of codes. */
    static void codes(JsonGenerator g, SerializedString name, Collection<? extends Coded> values) throws IOException {
        g.writeFieldName(name);
        g.writeStartArray();
        for (Coded c : values) {
            g.writeString(c.getCode());
        }
        g.writeEndArray();
    }
}
