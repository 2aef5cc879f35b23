package org.pathways.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.pathways.Coded;
import org.pathways.LocalizedText;
import org.pathways.SensitiveText;
import org.pathways.json.ObjectCodec.Put;

/** How a declared field is written: one writer per kind of value, each leaving out an absent value. */
final class Write {
    private Write() {}

    static <T> Put<T> string(Function<T, String> get) {
        return (g, k, v, how) -> {
            g.writeFieldName(k);
            g.writeString(get.apply(v));
        };
    }

    static <T> Put<T> optString(Function<T, Optional<String>> get) {
        return (g, k, v, how) -> {
            Optional<String> s = get.apply(v);
            if (s.isPresent()) {
                g.writeFieldName(k);
                g.writeString(s.get());
            }
        };
    }

    static <T> Put<T> text(Function<T, SensitiveText> get) {
        return (g, k, v, how) -> {
            g.writeFieldName(k);
            g.writeString(get.apply(v).reveal());
        };
    }

    static <T> Put<T> optText(Function<T, Optional<SensitiveText>> get) {
        return (g, k, v, how) -> {
            Optional<SensitiveText> s = get.apply(v);
            if (s.isPresent()) {
                g.writeFieldName(k);
                g.writeString(s.get().reveal());
            }
        };
    }

    static <T> Put<T> texts(Function<T, ? extends Collection<SensitiveText>> get) {
        return (g, k, v, how) -> {
            g.writeFieldName(k);
            g.writeStartArray();
            for (SensitiveText t : get.apply(v)) {
                g.writeString(t.reveal());
            }
            g.writeEndArray();
        };
    }

    static <T> Put<T> code(Function<T, ? extends Coded> get) {
        return (g, k, v, how) -> {
            g.writeFieldName(k);
            g.writeString(get.apply(v).getCode());
        };
    }

    static <T> Put<T> optCode(Function<T, ? extends Optional<? extends Coded>> get) {
        return (g, k, v, how) -> {
            Optional<? extends Coded> c = get.apply(v);
            if (c.isPresent()) {
                g.writeFieldName(k);
                g.writeString(c.get().getCode());
            }
        };
    }

    static <T> Put<T> codes(Function<T, ? extends Collection<? extends Coded>> get) {
        return (g, k, v, how) -> {
            g.writeFieldName(k);
            g.writeStartArray();
            for (Coded c : get.apply(v)) {
                g.writeString(c.getCode());
            }
            g.writeEndArray();
        };
    }

    static <T> Put<T> strings(Function<T, ? extends Collection<String>> get) {
        return (g, k, v, how) -> {
            g.writeFieldName(k);
            g.writeStartArray();
            for (String s : get.apply(v)) {
                g.writeString(s);
            }
            g.writeEndArray();
        };
    }

    static <T> Put<T> bool(Predicate<T> get) {
        return (g, k, v, how) -> {
            g.writeFieldName(k);
            g.writeBoolean(get.test(v));
        };
    }

    static <T> Put<T> integer(ToIntFunction<T> get) {
        return (g, k, v, how) -> {
            g.writeFieldName(k);
            g.writeNumber(get.applyAsInt(v));
        };
    }

    static <T> Put<T> instant(Function<T, Instant> get) {
        return (g, k, v, how) -> {
            g.writeFieldName(k);
            g.writeString(get.apply(v).toString());
        };
    }

    static <T> Put<T> optInstant(Function<T, Optional<Instant>> get) {
        return (g, k, v, how) -> {
            Optional<Instant> at = get.apply(v);
            if (at.isPresent()) {
                g.writeFieldName(k);
                g.writeString(at.get().toString());
            }
        };
    }

    static <T> Put<T> optDate(Function<T, Optional<LocalDate>> get) {
        return (g, k, v, how) -> {
            Optional<LocalDate> at = get.apply(v);
            if (at.isPresent()) {
                g.writeFieldName(k);
                g.writeString(at.get().toString());
            }
        };
    }

    static <T> Put<T> localized(Function<T, LocalizedText> get) {
        return (g, k, v, how) -> {
            g.writeFieldName(k);
            Texts.write(g, get.apply(v));
        };
    }

    static <T> Put<T> optLocalized(Function<T, Optional<LocalizedText>> get) {
        return (g, k, v, how) -> {
            Optional<LocalizedText> t = get.apply(v);
            if (t.isPresent()) {
                g.writeFieldName(k);
                Texts.write(g, t.get());
            }
        };
    }

    /** A nested object of a declared type, written with the same options. */
    static <T, V> Put<T> object(Function<T, V> get, ObjectCodec<V, ?> type) {
        return (g, k, v, how) -> {
            g.writeFieldName(k);
            type.write(g, get.apply(v), how);
        };
    }

    static <T, V> Put<T> optObject(Function<T, Optional<V>> get, ObjectCodec<V, ?> type) {
        return (g, k, v, how) -> {
            Optional<V> o = get.apply(v);
            if (o.isPresent()) {
                g.writeFieldName(k);
                type.write(g, o.get(), how);
            }
        };
    }

    /** A value of a codec that is not an object (the ranked priorities, the consent ledger). */
    static <T, V> Put<T> value(Function<T, V> get, Codec<V> codec) {
        return (g, k, v, how) -> {
            g.writeFieldName(k);
            codec.write(g, get.apply(v));
        };
    }

    /** An array of objects of a declared type, written with the same options. */
    static <T, V> Put<T> list(Function<T, ? extends List<V>> get, ObjectCodec<V, ?> type) {
        return (g, k, v, how) -> {
            g.writeFieldName(k);
            g.writeStartArray();
            for (V e : get.apply(v)) {
                type.write(g, e, how);
            }
            g.writeEndArray();
        };
    }

    /** A field that is written only when this says so. */
    static <T> Put<T> when(Predicate<T> write, Put<T> put) {
        return (g, k, v, how) -> {
            if (write.test(v)) {
                put.write(g, k, v, how);
            }
        };
    }
}
