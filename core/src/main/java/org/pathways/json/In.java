package org.pathways.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.pathways.Coded;
import org.pathways.ErrorCode;
import org.pathways.InvalidPlanException;
import org.pathways.LocalizedText;
import org.pathways.MalformedDocumentException;
import org.pathways.PathwaysException;
import org.pathways.SensitiveText;
import org.pathways.internal.Checks;
import org.pathways.internal.Codes;
import org.pathways.internal.Times;
import org.pathways.internal.base.Strings;

/** A parser with the typed reads and the error reporting every codec shares. */
final class In {
    /** Reads one field's value; returns false for a field it does not know. */
    interface Fields {
        boolean read(String name) throws IOException;
    }

    /** Reads one value. */
    interface Value<T> {
        T read(In in) throws IOException;
    }

    /**
     * Every field name of the wire format, as the types' declarations ({@link ObjectCodec}) give them.
     * A pointer or message names only these: any other name came from the input and may be a person's
     * words (a broken quote turns text into a name).
     */
    static final Set<String> FIELDS = Set.copyOf(ObjectCodec.names(Codecs.DECLARED));

    /** The parser. */
    final JsonParser p;

    /** The version of the document being read; 0 until its {@code schemaVersion} has been read. */
    private int version;

    /** The refusal an older field name gets if the document turns out newer, and that version. */
    private MalformedDocumentException older;

    private int olderUntil;

    final ReadLimits limits;

    /** The declared name of the field whose value is being read, until a nested field's is. */
    String field;

    /**
     * The context that holds the value being read: the root for a document, the embedder's own
     * array or object when a mapper reads a Pathways value inside the embedder's type. Names at and
     * above it are the embedder's and appear in pointers as they are.
     */
    private final JsonStreamContext holder;

    /**
     * Whether this reader checks the document's length and the length of strings and numbers itself,
     * because the parser is the embedder's and its constraints are not ours.
     */
    private final boolean lengths;

    In(JsonParser p, ReadLimits limits) {
        this(p, limits, false);
    }

    /**
     * A reader that starts at the parser's current token.
     *
     * @param lengths check the lengths of {@link ReadLimits} here, the parser does not
     */
    In(JsonParser p, ReadLimits limits, boolean lengths) {
        this.p = p;
        this.limits = limits;
        JsonStreamContext c = p.getParsingContext();
        JsonToken t = p.currentToken();
        this.holder = (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null
                ? c.getParent()
                : c;
        this.lengths = lengths;
    }

    /** Whether the value being read stands at the root of its document, not inside an embedder's type. */
    boolean atRoot() {
        return holder.inRoot();
    }

    /** Refuses a document longer than the limit, when the parser does not check it. */
    void checkLength() {
        if (lengths) {
            JsonLocation at = p.currentLocation();
            long read = Math.max(at.getByteOffset(), at.getCharOffset());
            if (read > limits.getMaxDocumentLength()) {
                throw error(
                        ErrorCode.LIMIT_EXCEEDED,
                        "limit exceeded: Document length (" + read + ") exceeds the maximum allowed ("
                                + limits.getMaxDocumentLength() + ", ReadLimits)");
            }
        }
    }

    private void checkTextLength(String what, int max) throws IOException {
        if (lengths && p.getTextLength() > max) {
            throw error(
                    ErrorCode.LIMIT_EXCEEDED,
                    "limit exceeded: " + what + " length (" + p.getTextLength() + ") exceeds the maximum allowed ("
                            + max + ", ReadLimits)");
        }
    }

    /** Reads an object field by field, then builds it; a broken invariant is reported at the object. */
    <T> T object(Fields fields, Supplier<T> build) throws IOException {
        expect(JsonToken.START_OBJECT, "an object");
        // the pointer is worked out only when it is needed: on the object's last token it is the same
        return rest(fields, build, null, p.currentTokenLocation(), p.nextToken(), null);
    }

    /** Reads the rest of an object, from the token {@code t} on; a null pointer is worked out on failure. */
    private <T> T rest(
            Fields fields, Supplier<T> build, String pointer, JsonLocation at, JsonToken first, Runnable complete)
            throws IOException {
        JsonToken t = first;
        // The names read so far, and their hashes: objects are small, and Jackson interns names, so
        // their hashes are computed once per name and a repeat costs an int comparison to find.
        String[] seen = null;
        int[] hashes = null;
        int count = 0;
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            if (lengths) {
                checkLength();
            }
            String name = p.currentName();
            int hash = name.hashCode();
            for (int i = 0; i < count; i++) {
                if (hashes[i] == hash && seen[i].equals(name)) {
                    throw duplicate(name);
                }
            }
            if (seen == null) {
                seen = new String[16];
                hashes = new int[16];
            } else if (count == seen.length) {
                seen = java.util.Arrays.copyOf(seen, 2 * count);
                hashes = java.util.Arrays.copyOf(hashes, 2 * count);
            }
            seen[count] = name;
            hashes[count++] = hash;
            p.nextToken();
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw error("must not be null; leave an absent value out");
            }
            if (!fields.read(name)) {
                throw error(FIELDS.contains(name) ? "unknown field '" + name + "' here" : "unknown field");
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw error("expected a field name or the end of the object");
        }
        if (complete != null) {
            complete.run();
        }
        try {
            return build.get();
        } catch (PathwaysException e) {
            throw broken(pointer != null ? pointer : pointer(), e, at.getLineNr(), at.getColumnNr());
        }
    }

    /**
     * Reads an object of a declared type: each field by its declaration, a repeated, undeclared or
     * null one refused; then builds it, a broken invariant reported at the object.
     */
    <T, B> T read(ObjectCodec<T, B> type) throws IOException {
        return read(type, type.builder.get());
    }

    /** Reads an object of a declared type into a builder (or holder) the caller made. */
    <T, B> T read(ObjectCodec<T, B> type, B b) throws IOException {
        expect(JsonToken.START_OBJECT, "an object");
        JsonLocation at = p.currentTokenLocation();
        long seen = 0; // the declared fields read so far, by index
        JsonToken t = p.nextToken();
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            if (lengths) {
                checkLength();
            }
            String name = p.currentName();
            ObjectCodec.Field<T, B> f = type.find(name);
            if (f != null) {
                long bit = 1L << f.index;
                if ((seen & bit) != 0) {
                    throw duplicate(name);
                }
                seen |= bit;
            }
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                throw error("must not be null; leave an absent value out");
            }
            if (f == null) {
                throw error(FIELDS.contains(name) ? "unknown field '" + name + "' here" : "unknown field");
            }
            if (f.olderOf >= 0) { // a name of an older version: never beside its current one
                if ((seen & (1L << f.olderOf)) != 0 || !olderName(name, f.until)) {
                    throw error("unknown field '" + name + "' here");
                }
            } else if ((seen & f.olders) != 0) {
                throw error(
                        "unknown field '" + type.fields[Long.numberOfTrailingZeros(seen & f.olders)].name + "' here");
            }
            field = f.name;
            if (f.take != null) {
                f.take.read(this, b);
            } else if (!f.takeIf.read(this, b)) {
                throw error("unknown field '" + name + "' here");
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw error("expected a field name or the end of the object");
        }
        if (type.document != null && (seen & 1) == 0) {
            throw new MalformedDocumentException(
                    pointer(),
                    "missing schemaVersion; " + type.document + " carries it",
                    at.getLineNr(),
                    at.getColumnNr(),
                    null);
        }
        try {
            return type.build.apply(b);
        } catch (PathwaysException e) {
            throw broken(pointer(), e, at.getLineNr(), at.getColumnNr());
        }
    }

    /** Reads this document's {@code schemaVersion}. */
    void schemaVersion() throws IOException {
        version = version(integer());
        if (older != null && version > olderUntil) {
            throw older;
        }
    }

    /**
     * A value read whole that breaks a rule of the model, reported at the bad value when the rule
     * knows where it is in the value's JSON form (a step serving an unknown priority at {@code
     * /steps/3/serves}), else at the value with the rule's field; with the rule's code, except that
     * a document naming something it does not hold breaks a rule ({@code invalid}) rather than
     * addressing something absent.
     */
    static MalformedDocumentException broken(String pointer, PathwaysException e, long line, long column) {
        ErrorCode code = e.getCode() == ErrorCode.NOT_FOUND || e.getCode() == ErrorCode.STALE_REVISION
                ? ErrorCode.INVALID
                : e.getCode();
        java.util.Optional<String> within =
                e instanceof InvalidPlanException i ? i.getPointer() : java.util.Optional.empty();
        return within.isPresent()
                ? new MalformedDocumentException(code, pointer + within.get(), e.getReason(), line, column, e)
                : new MalformedDocumentException(code, pointer, e.getMessage(), line, column, e);
    }

    /**
     * Whether a field name that the format used up to version {@code until} may be read here: yes in
     * a document of that version or older, no in a newer one. While the version is not yet known
     * (it comes later in the document) the answer is yes, and the refusal the name would get in a
     * newer document is kept, to be thrown once the version is read.
     *
     * @param until the last version that had the name
     */
    boolean olderName(String name, int until) {
        if (version != 0) {
            return version <= until;
        }
        if (older == null || until < olderUntil) {
            older = error("unknown field '" + name + "' here"); // a name of an older version of the format
            olderUntil = until;
        }
        return true;
    }

    private int version(int v) {
        if (v > Codecs.SCHEMA_VERSION) {
            throw error("schemaVersion " + v + " is newer than this library, which reads versions 1 to "
                    + Codecs.SCHEMA_VERSION + "; read it with a newer Pathways");
        }
        if (v < 1) {
            throw error("schemaVersion " + v + " does not exist; versions start at 1");
        }
        return v;
    }

    /** Builds a value from parts already read; a broken invariant is reported at the given pointer. */
    static <T> T at(String pointer, Supplier<T> build) {
        try {
            return build.get();
        } catch (PathwaysException e) {
            throw broken(pointer, e, -1, -1);
        }
    }

    <T> List<T> list(Value<T> element) throws IOException {
        JsonStreamContext parent = p.getParsingContext().getParent();
        return list(element, parent == null ? null : parent.getCurrentName());
    }

    /** Reads an array whose size limit is that of the named field. */
    <T> List<T> list(Value<T> element, String field) throws IOException {
        expect(JsonToken.START_ARRAY, "an array");
        int limit = limits.forArray(field);
        List<T> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw error("must not be null");
            }
            if (out.size() == limit) {
                throw error(ErrorCode.LIMIT_EXCEEDED, "limit exceeded: more than " + limit + " elements (ReadLimits)");
            }
            if (lengths) {
                checkLength();
            }
            out.add(element.read(this));
        }
        return out;
    }

    /** Reads an array that stands for a set: a repeated element is refused, not silently merged. */
    <T> List<T> set(Value<T> element) throws IOException {
        List<T> out = list(element);
        int n = out.size();
        boolean repeated = false;
        if (n > 8) {
            repeated = new java.util.HashSet<>(out).size() != n;
        } else { // most sets in a plan hold a few codes: comparing pairs costs less than hashing
            for (int i = 1; i < n && !repeated; i++) {
                for (int j = 0; j < i && !repeated; j++) {
                    repeated = out.get(i).equals(out.get(j));
                }
            }
        }
        if (repeated) {
            throw error("an element appears more than once");
        }
        return out;
    }

    String string() throws IOException {
        expect(JsonToken.VALUE_STRING, "a string");
        if (lengths) {
            checkTextLength("String value", limits.getMaxStringLength());
        }
        return p.getText();
    }

    String id() throws IOException {
        String id = string();
        try {
            Checks.id("id", id);
        } catch (PathwaysException e) {
            throw error(e.getCode(), e.getReason());
        }
        return id;
    }

    SensitiveText sensitive() throws IOException {
        String text = string();
        try {
            return SensitiveText.of(text);
        } catch (PathwaysException e) {
            throw error(e.getCode(), e.getReason());
        }
    }

    /**
     * Reads a text an agency or a directory wrote: a string, or an object with the text as first
     * written and its alternatives in other languages,
     * {@code {"text": "Emergency shelter", "alternatives": [{"language": "fr", "text": "Hébergement d'urgence"}]}}.
     */
    LocalizedText localized() throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_STRING && t != JsonToken.START_OBJECT) {
            throw error("expected a string, or an object with text and alternatives, but found " + describe(t));
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = string();
            try {
                return LocalizedText.of(text);
            } catch (PathwaysException e) {
                throw error(e.getCode(), e.getReason());
            }
        }
        return read(Texts.LOCALIZED);
    }

    int integer() throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT, "a whole number");
        if (lengths) {
            checkTextLength("Number value", limits.getMaxNumberLength());
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw error("number out of range");
        }
        return p.getIntValue();
    }

    boolean bool() throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw error("expected true or false but found " + describe(t));
        }
        return t == JsonToken.VALUE_TRUE;
    }

    Instant instant() throws IOException {
        String s = string();
        try {
            return Times.instant(s);
        } catch (DateTimeParseException e) {
            throw error("is not an ISO-8601 instant such as 2026-03-02T15:00:00Z: " + Strings.shape(s));
        }
    }

    LocalDate date() throws IOException {
        String s = string();
        try {
            return Times.date(s);
        } catch (DateTimeParseException e) {
            throw error("is not an ISO-8601 date such as 2026-03-09: " + Strings.shape(s));
        }
    }

    <E extends Enum<E> & Coded> E code(Class<E> type) throws IOException {
        expect(JsonToken.VALUE_STRING, "a string");
        E known = Codes.fromCode(type, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (known != null) {
            return known;
        }
        String s = p.getText();
        try {
            return Codes.fromCode(type, s);
        } catch (PathwaysException e) {
            throw error(e.getCode(), e.getReason());
        }
    }

    /** A repeated key: refused, never silently merged; the name is quoted only if it is one of ours. */
    private MalformedDocumentException duplicate(String name) {
        return error(duplicateField(name));
    }

    /** The reason for a repeated key; the name is given only if it is one of the wire format's. */
    static String duplicateField(String name) {
        return "duplicate field" + (FIELDS.contains(name) ? " '" + name + "'" : "");
    }

    /** An error at the current value with the code {@link ErrorCode#MALFORMED}. */
    MalformedDocumentException error(String reason) {
        return error(ErrorCode.MALFORMED, reason);
    }

    /** An error of a given kind at the current value. */
    MalformedDocumentException error(ErrorCode code, String reason) {
        JsonLocation at = p.currentTokenLocation();
        return new MalformedDocumentException(code, pointer(), reason, at.getLineNr(), at.getColumnNr(), null);
    }

    /**
     * The JSON Pointer of the current value, from the document's root. Inside the Pathways value any
     * name outside the wire format is shown as {@code *} (it came from the input and may be a
     * person's words); above it, in an embedder's own type read by a mapper, names are the
     * embedder's and are kept, escaped as RFC 6901 says.
     */
    String pointer() {
        StringBuilder out = new StringBuilder();
        JsonStreamContext start = p.getParsingContext();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
            start = start.getParent(); // on its first token, a container's own context has no position yet
        }
        boolean theirs = false;
        for (JsonStreamContext c = start; c != null && !c.inRoot(); c = c.getParent()) {
            theirs |= c == holder;
            if (c.inArray()) {
                out.insert(0, "/" + c.getCurrentIndex());
            } else if (c.inObject() && c.getCurrentName() != null) {
                String name = c.getCurrentName();
                out.insert(
                        0,
                        "/"
                                + (theirs
                                        ? name.replace("~", "~0").replace("/", "~1")
                                        : FIELDS.contains(name) ? name : "*"));
            }
        }
        return out.toString();
    }

    private void expect(JsonToken token, String what) {
        JsonToken t = p.currentToken();
        if (t != token) {
            throw error("expected " + what + " but found " + describe(t));
        }
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return t.asString() == null ? t.name() : "'" + t.asString() + "'";
        }
    }
}
