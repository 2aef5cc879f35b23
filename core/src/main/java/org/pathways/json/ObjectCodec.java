package org.pathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one declaration of a JSON object type: its fields in the order they are written, each with its
 * name, how it is written from the value and how it is read into the builder. Writing, reading and
 * the set of names the wire format knows ({@link In#FIELDS}) all come from it, so a new field is
 * declared in one place (and in the JSON Schema, which {@code SchemaTest} holds to the same names).
 *
 * <p>Reading is strict: a name that is not declared, a repeated name and a null value are refused,
 * and a builder's refusal is reported at the object. A declared document ({@link Declaring#document})
 * carries a {@code schemaVersion}, written first and required when read.
 *
 * @param <T> the value
 * @param <B> what the fields are read into: the value's builder, or a holder built at the end
 */
final class ObjectCodec<T, B> implements Codec<T> {
    /** Writes one field of a value, its name first, or nothing when the value has none. */
    interface Put<T> {
        /**
         * @param how the writing's options ({@link #DETAILS}, {@link #NO_CONTACT}), passed to nested values
         */
        void write(JsonGenerator g, SerializedString name, T value, int how) throws IOException;
    }

    /** Reads one field's value into the builder; the parser stands on the value's first token. */
    interface Take<B> {
        void read(In in, B builder) throws IOException;
    }

    /** Reads one field's value, or declines the field here (it is then refused as unknown). */
    interface TakeIf<B> {
        boolean read(In in, B builder) throws IOException;
    }

    /** Write a confidential location's address and phone ({@link PlanJson#writeWithConfidentialDetails}). */
    static final int DETAILS = 1;

    /** Leave out a person's safe contact (a disclosure view without contact consent). */
    static final int NO_CONTACT = 2;

    /** One declared field. */
    static final class Field<T, B> {
        final String name;
        final SerializedString key;
        final int index;
        final Put<T> put;
        /** The put, when it is a field written by a getter. */
        final Write.Simple<T> simple;

        final Take<B> take;
        final TakeIf<B> takeIf;
        /** For a name of an older version: the field it is now, and the last version that had it. */
        final int olderOf;

        final int until;

        /** The names of older versions of this field, as a set of indexes. */
        long olders;

        Field(String name, int index, Put<T> put, Take<B> take, TakeIf<B> takeIf, int olderOf, int until) {
            this.name = name;
            this.key = new SerializedString(name);
            this.index = index;
            this.put = put;
            this.simple = put instanceof Write.Simple<T> w ? w : null;
            this.take = take;
            this.takeIf = takeIf;
            this.olderOf = olderOf;
            this.until = until;
        }
    }

    final Field<T, B>[] fields;
    private final Field<T, B>[] table;
    private final int shift;
    private final int multiplier;
    final Supplier<B> builder;
    final Function<B, T> build;
    /** What the document is, for messages, or null for a value that is not a document. */
    final String document;

    private ObjectCodec(List<Field<T, B>> declared, Supplier<B> builder, Function<B, T> build, String document) {
        @SuppressWarnings("unchecked")
        Field<T, B>[] all = declared.toArray(new Field[0]);
        if (all.length > 63) {
            throw new IllegalStateException("an object of more than 63 fields");
        }
        this.fields = all;
        for (Field<T, B> f : all) {
            if (f.olderOf >= 0) {
                all[f.olderOf].olders |= 1L << f.index;
            }
        }
        this.builder = builder;
        this.build = build;
        this.document = document;
        // a table where every declared name has its own slot: a name is found with one multiply and one
        // comparison (Jackson interns names, so the comparison is mostly an identity check)
        for (int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(all.length)); ; bits++) {
            if (bits > 16) {
                throw new IllegalStateException("two declared names with the same hash: give the table a wider search");
            }
            for (int m : MULTIPLIERS) {
                @SuppressWarnings("unchecked")
                Field<T, B>[] slots = new Field[1 << bits];
                boolean free = true;
                for (Field<T, B> f : all) {
                    int i = (f.name.hashCode() * m) >>> (32 - bits);
                    free &= slots[i] == null;
                    slots[i] = f;
                }
                if (free) {
                    this.table = slots;
                    this.shift = 32 - bits;
                    this.multiplier = m;
                    return;
                }
            }
        }
    }

    private static final int[] MULTIPLIERS = {0x9E3779B9, 0x85EBCA6B, 0xC2B2AE35, 0x27D4EB2F, 0x165667B1, 0x61C88647};

    /** The declared field of that name, or null. */
    Field<T, B> find(String name) {
        Field<T, B> f = table[(name.hashCode() * multiplier) >>> shift];
        return f != null && (f.name == name || f.name.equals(name)) ? f : null;
    }

    /** The declared field of that name; a name that is not declared is a mistake in the library. */
    Field<T, B> field(String name) {
        Field<T, B> f = find(name);
        if (f == null) {
            throw new IllegalArgumentException("no field " + name);
        }
        return f;
    }

    /** Every name this type declares, written or only read (a name of an older version). */
    Set<String> names() {
        Set<String> out = new LinkedHashSet<>();
        for (Field<T, B> f : fields) {
            out.add(f.name);
        }
        return out;
    }

    /** The names declared by all these types. */
    static Set<String> names(Collection<ObjectCodec<?, ?>> codecs) {
        Set<String> out = new LinkedHashSet<>();
        for (ObjectCodec<?, ?> c : codecs) {
            out.addAll(c.names());
        }
        return out;
    }

    @Override
    public void write(JsonGenerator g, T value) throws IOException {
        write(g, value, 0);
    }

    void write(JsonGenerator g, T value, int how) throws IOException {
        g.writeStartObject();
        for (Field<T, B> f : fields) {
            Write.Simple<T> simple = f.simple;
            if (simple != null) {
                Write.write(g, f.key, simple, simple.get.apply(value), how);
            } else if (f.put != null) {
                f.put.write(g, f.key, value, how);
            }
        }
        g.writeEndObject();
    }

    @Override
    public T read(In in) throws IOException {
        return in.read(this);
    }

    /** The same type, as a document of its own: with a {@code schemaVersion}, written first and required. */
    ObjectCodec<T, B> document(String what) {
        List<Field<T, B>> all = new ArrayList<>();
        all.add(new Field<>(
                "schemaVersion",
                0,
                (g, k, v, how) -> {
                    g.writeFieldName(k);
                    g.writeNumber(Codecs.SCHEMA_VERSION);
                },
                (in, b) -> in.schemaVersion(),
                null,
                -1,
                0));
        for (Field<T, B> f : fields) {
            all.add(new Field<>(
                    f.name, all.size(), f.put, f.take, f.takeIf, f.olderOf < 0 ? -1 : f.olderOf + 1, f.until));
        }
        return new ObjectCodec<>(all, builder, build, what);
    }

    /** Starts the declaration of a type read into a builder (or holder) made by {@code builder}. */
    static <T, B> Declaring<T, B> of(Supplier<B> builder, Function<B, T> build) {
        return new Declaring<>(builder, build);
    }

    /** A declaration being written, field by field in the order they are written. */
    static final class Declaring<T, B> {
        private final Supplier<B> builder;
        private final Function<B, T> build;
        private final List<Field<T, B>> fields = new ArrayList<>();

        private Declaring(Supplier<B> builder, Function<B, T> build) {
            this.builder = builder;
            this.build = build;
        }

        /** A field written by {@code put} and read by {@code take}. */
        Declaring<T, B> field(String name, Put<T> put, Take<B> take) {
            return add(new Field<>(name, fields.size(), put, take, null, -1, 0));
        }

        /** A field read by {@code take} only where it says so; elsewhere it is refused as unknown. */
        Declaring<T, B> fieldIf(String name, Put<T> put, TakeIf<B> take) {
            return add(new Field<>(name, fields.size(), put, null, take, -1, 0));
        }

        /**
         * A name the format used up to version {@code until} for the field now called {@code now}: read
         * as that field in documents of that version or older, never written, and never beside it.
         */
        Declaring<T, B> older(String name, int until, String now) {
            for (Field<T, B> f : fields) {
                if (f.name.equals(now)) {
                    return add(new Field<>(name, fields.size(), null, f.take, f.takeIf, f.index, until));
                }
            }
            throw new IllegalArgumentException("no field " + now);
        }

        private Declaring<T, B> add(Field<T, B> f) {
            for (Field<T, B> other : fields) {
                if (other.name.equals(f.name)) {
                    throw new IllegalArgumentException("field " + f.name + " declared twice");
                }
            }
            fields.add(f);
            return this;
        }

        ObjectCodec<T, B> done() {
            return new ObjectCodec<>(fields, builder, build, null);
        }
    }
}
