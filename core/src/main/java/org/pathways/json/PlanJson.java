package org.pathways.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.pathways.ErrorCode;
import org.pathways.MalformedDocumentException;
import org.pathways.plan.CarePlan;

/**
 * Reads and writes Pathways values as JSON in the documented wire format, with no
 * {@code ObjectMapper} needed.
 *
 * <pre>{@code
 * PlanJson json = PlanJson.defaults();
 * String text = json.write(plan);
 * CarePlan back = json.readPlan(text);   // equal to plan
 * }</pre>
 *
 * <p>Writing is deterministic: keys in a fixed order, absent optional values left out, collections
 * always written, so {@code write(read(write(x)))} is byte-identical to {@code write(x)}. Reading is
 * strict: unknown fields, {@code null} values, duplicate keys, unknown codes and trailing content are
 * refused, and every invariant of the model is checked; any of these ends in a
 * {@link MalformedDocumentException} with the JSON Pointer, line and column of the bad value. The
 * supported types are the documents {@code CarePlan}, {@code PlanView}, {@code ServiceDirectory},
 * the referral {@code Packet} and {@code ReferralAnswer}, and {@code GapReport} for writing only;
 * their parts {@code Person}, {@code SafeContact}, {@code Priority}, {@code Priorities},
 * {@code PlanStep}, {@code StatusChange}, {@code TeamMember}, {@code CareTeam}, {@code Revision},
 * {@code Recipient}, every consent entry, {@code ConsentLedger}, {@code CaseConference},
 * {@code Disclosure}, {@code Organisation}, {@code Service} and {@code Location}; {@code Edit},
 * {@code Finding}, {@code SensitiveText} (a string) and every closed set of the library (its wire
 * code).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PlanJson {
    /** The wire-format version written in the {@code schemaVersion} field of a plan document. */
    public static final int SCHEMA_VERSION = Codecs.SCHEMA_VERSION;

    private static final PlanJson STANDARD = new PlanJson(ReadLimits.defaults(), false);

    private final ReadLimits limits;
    private final JsonFactory factory;
    private final boolean pretty;

    private PlanJson(ReadLimits limits, boolean pretty) {
        this.limits = limits;
        this.factory = factory(limits, false);
        this.pretty = pretty;
    }

    /**
     * Returns the reader and writer with the default read limits ({@link ReadLimits#defaults()})
     * and compact output. It is one shared instance, safe to use from any thread;
     * {@link #withLimits} and {@link #withPrettyPrinting} return new ones.
     *
     * @return the shared default instance
     */
    public static PlanJson defaults() {
        return STANDARD;
    }

    /**
     * Returns a copy that indents its output for people to read. The content is the same.
     *
     * @return the pretty-printing instance
     */
    public PlanJson withPrettyPrinting() {
        return new PlanJson(limits, true);
    }

    /**
     * Returns a copy that reads within other limits.
     *
     * @param limits the limits
     * @return the copy
     */
    public PlanJson withLimits(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return new PlanJson(limits, pretty);
    }

    /**
     * A factory with this instance's limits that refuses duplicate keys itself, for reading whole
     * trees (the HSDS import). The plan readers do not need it: {@link In} refuses a repeated key as
     * it reads each object, for less than Jackson's detector costs.
     */
    JsonFactory treeFactory() {
        return factory(limits, true);
    }

    /**
     * Returns the limits this instance reads within.
     *
     * @return the limits; {@link ReadLimits#defaults()} unless set
     */
    public ReadLimits getLimits() {
        return limits;
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of a top-level document of the current version, as
     * shipped in this jar and in {@code docs/schema/}.
     *
     * @param documentType {@code CarePlan.class}, {@code PlanView.class}, {@code ServiceDirectory.class},
     *     {@code GapReport.class} (a report is written, never read), {@code Packet.class} or {@code
     *     ReferralAnswer.class}
     * @return the schema's text
     * @throws IllegalArgumentException for another type
     */
    public static String schema(Class<?> documentType) {
        Objects.requireNonNull(documentType, "documentType");
        String name;
        if (documentType == CarePlan.class) {
            name = "plan";
        } else if (documentType == org.pathways.disclosure.PlanView.class) {
            name = "view";
        } else if (documentType == org.pathways.directory.ServiceDirectory.class) {
            name = "directory";
        } else if (documentType == org.pathways.directory.GapReport.class) {
            name = "gap-report";
        } else if (documentType == org.pathways.referral.Packet.class) {
            name = "packet";
        } else if (documentType == org.pathways.plan.ReferralAnswer.class) {
            name = "answer";
        } else {
            throw new IllegalArgumentException("no schema for " + documentType.getName()
                    + "; the documents are CarePlan, PlanView, ServiceDirectory, GapReport, Packet and ReferralAnswer");
        }
        try (InputStream in = PlanJson.class.getResourceAsStream("schema/" + name + ".schema.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a plan document.
     *
     * @param json the document
     * @return the plan, valid
     * @throws MalformedDocumentException if the document cannot be read into a valid plan
     */
    public CarePlan readPlan(String json) {
        return read(json, CarePlan.class);
    }

    /**
     * Reads one value of a supported type from a string.
     *
     * @param json the JSON text
     * @param type the type, such as {@code CarePlan.class}
     * @param <T> the type
     * @return the value, valid
     * @throws MalformedDocumentException if the text cannot be read into a valid value
     * @throws IllegalArgumentException if the type has no codec
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(type, f -> f.createParser(json));
    }

    /**
     * Reads one value of a supported type from a stream of UTF-8 JSON. The stream is not closed.
     *
     * @param in the stream
     * @param type the type
     * @param <T> the type
     * @return the value, valid
     * @throws MalformedDocumentException if the input cannot be read into a valid value
     * @throws UncheckedIOException if reading the stream fails
     */
    public <T> T read(InputStream in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        return read(type, f -> f.createParser(Utf8.checking(in)));
    }

    /**
     * Writes a value of a supported type as a string.
     *
     * @param value the value
     * @param <T> the type
     * @return the JSON text
     */
    public <T> String write(T value) {
        StringWriter out = new StringWriter();
        write(value, f -> f.createGenerator(out));
        return out.toString();
    }

    /**
     * Writes a value of a supported type to a stream as UTF-8. The stream is flushed, not closed.
     *
     * @param value the value
     * @param out the stream
     * @param <T> the type
     * @throws UncheckedIOException if writing fails
     */
    public <T> void write(T value, OutputStream out) {
        Objects.requireNonNull(out, "out");
        write(value, f -> f.createGenerator(out));
    }

    /**
     * Writes a service directory for the agency's own store, with the address and phone of its
     * confidential locations. Every other writer — {@link #write(Object)}, {@link #write(Object,
     * OutputStream)}, {@link PathwaysModule} — leaves them out, as
     * {@link org.pathways.directory.ServiceDirectory#withoutConfidentialDetails()} does: a shelter's
     * address leaves the agency only through a call that says so.
     *
     * @param directory the directory
     * @return the JSON text, with the confidential details
     */
    public String writeWithConfidentialDetails(org.pathways.directory.ServiceDirectory directory) {
        Objects.requireNonNull(directory, "directory");
        StringWriter out = new StringWriter();
        writeWithConfidentialDetails(directory, f -> f.createGenerator(out));
        return out.toString();
    }

    /**
     * Writes a service directory with the details of its confidential locations to a stream as UTF-8,
     * as {@link #writeWithConfidentialDetails(org.pathways.directory.ServiceDirectory)} does. The
     * stream is flushed, not closed.
     *
     * @param directory the directory
     * @param out the stream
     * @throws UncheckedIOException if writing fails
     */
    public void writeWithConfidentialDetails(org.pathways.directory.ServiceDirectory directory, OutputStream out) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(out, "out");
        writeWithConfidentialDetails(directory, f -> f.createGenerator(out));
    }

    private void writeWithConfidentialDetails(
            org.pathways.directory.ServiceDirectory directory, Opener<JsonGenerator> target) {
        try (JsonGenerator g = target.open(factory)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            DirectoryCodecs.DIRECTORY.write(g, directory, ObjectCodec.DETAILS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes plans as newline-delimited JSON: each plan one compact document on its own line, ended
     * by {@code \n}. Only one plan is held at a time, so a whole caseload can stream out. The stream
     * is flushed, not closed.
     *
     * @param plans the plans, such as {@code stream::iterator}
     * @param out the stream, written as UTF-8
     * @return how many plans were written
     * @throws UncheckedIOException if writing fails
     */
    public long writeLines(Iterable<? extends CarePlan> plans, OutputStream out) {
        Objects.requireNonNull(plans, "plans");
        return writeLines(CarePlan.class, plans, out);
    }

    /**
     * Writes documents of one type as newline-delimited JSON, such as a batch of referral packets
     * or answers for a partner that polls: each document compact on its own line, ended by {@code
     * \n}, one held at a time. The stream is flushed, not closed.
     *
     * @param type the documents' type: {@code CarePlan.class}, {@code Packet.class}, {@code
     *     ReferralAnswer.class} or another type with a codec
     * @param values the documents
     * @param out the stream, written as UTF-8
     * @param <T> the type
     * @return how many documents were written
     * @throws UncheckedIOException if writing fails
     * @throws IllegalArgumentException if the type has no codec
     */
    public <T> long writeLines(Class<T> type, Iterable<? extends T> values, OutputStream out) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(out, "out");
        Codec<T> codec = Codecs.of(type);
        long n = 0;
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.setRootValueSeparator(null);
            for (T value : values) {
                codec.write(g, Objects.requireNonNull(value, "value"));
                g.writeRaw('\n');
                n++;
            }
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /**
     * Reads newline-delimited plans one line at a time, handing each valid plan to {@code each}
     * before reading the next, so memory stays constant whatever the length of the stream. A line is
     * at most {@link ReadLimits#getMaxDocumentLength()} bytes; blank lines are skipped. A bad line
     * is reported with its line number ({@link MalformedDocumentException#getLine()}), and the lines
     * before it have been delivered; with {@link BadLine#SKIP} the lines after it are read too. The
     * stream is not closed.
     *
     * @param in the stream, UTF-8
     * @param onBadLine stop at the first bad line, or skip it and go on
     * @param each receives every valid plan, in line order; what it throws ends the read
     * @return what was read and skipped
     * @throws MalformedDocumentException for the first bad line, with {@link BadLine#STOP}
     * @throws UncheckedIOException if reading the stream fails
     */
    public BulkRead readLines(InputStream in, BadLine onBadLine, java.util.function.Consumer<? super CarePlan> each) {
        return readLines(in, CarePlan.class, onBadLine, each);
    }

    /**
     * Reads newline-delimited documents of one type, such as a batch of referral answers, exactly as
     * {@link #readLines(InputStream, BadLine, java.util.function.Consumer)} reads plans: one line at
     * a time, in constant memory, each line at most {@link ReadLimits#getMaxDocumentLength()} bytes.
     *
     * @param in the stream, UTF-8
     * @param type the documents' type, such as {@code ReferralAnswer.class}
     * @param onBadLine stop at the first bad line, or skip it and go on
     * @param each receives every valid document, in line order; what it throws ends the read
     * @param <T> the type
     * @return what was read and skipped
     * @throws MalformedDocumentException for the first bad line, with {@link BadLine#STOP}
     * @throws UncheckedIOException if reading the stream fails
     * @throws IllegalArgumentException if the type has no codec
     */
    public <T> BulkRead readLines(
            InputStream in, Class<T> type, BadLine onBadLine, java.util.function.Consumer<? super T> each) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(onBadLine, "onBadLine");
        Objects.requireNonNull(each, "each");
        Lines<T> lines = new Lines<>(Codecs.of(type), onBadLine, each);
        byte[] chunk = new byte[64 * 1024];
        try {
            for (int n = in.read(chunk); n != -1; n = in.read(chunk)) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        lines.line(chunk, start, i);
                        start = i + 1;
                    }
                }
                lines.append(chunk, start, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.end();
        return new BulkRead(lines.read, lines.skipped, lines.errors);
    }

    /** The state of one bulk read: the current line, bounded, and the counts. */
    private final class Lines<T> {
        private final Codec<T> codec;
        private final BadLine onBadLine;
        private final java.util.function.Consumer<? super T> each;
        private final long max = Math.min(limits.getMaxDocumentLength(), Integer.MAX_VALUE - 16);
        private byte[] line = new byte[8 * 1024];
        private int length;
        private boolean tooLong;
        private long number;
        long read;
        long skipped;
        final java.util.List<MalformedDocumentException> errors = new java.util.ArrayList<>();

        Lines(Codec<T> codec, BadLine onBadLine, java.util.function.Consumer<? super T> each) {
            this.codec = codec;
            this.onBadLine = onBadLine;
            this.each = each;
        }

        /** Keeps the start of a line that continues in the next chunk. */
        void append(byte[] chunk, int from, int to) {
            int n = to - from;
            if (tooLong || n == 0) {
                return;
            }
            if (length + (long) n > max) {
                tooLong = true;
                return;
            }
            if (length + n > line.length) {
                line = java.util.Arrays.copyOf(line, (int) Math.min(max, Math.max(2L * line.length, length + n)));
            }
            System.arraycopy(chunk, from, line, length, n);
            length += n;
        }

        /** Ends a line at a newline: read where it lies when it is whole in the chunk, else from the buffer. */
        void line(byte[] chunk, int from, int to) {
            if (length == 0 && !tooLong) {
                if (to - from > max) {
                    tooLong = true;
                    finish(null, 0, 0);
                } else {
                    finish(chunk, from, to);
                }
            } else {
                append(chunk, from, to);
                finish(line, 0, length);
            }
        }

        void end() {
            if (length > 0 || tooLong) {
                finish(line, 0, length);
            }
        }

        private void finish(byte[] bytes, int from, int to) {
            number++;
            int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
            T plan = null;
            MalformedDocumentException error = null;
            if (tooLong) {
                error = new MalformedDocumentException(
                        ErrorCode.LIMIT_EXCEEDED,
                        "",
                        "limit exceeded: the line is longer than " + max + " bytes (ReadLimits)",
                        number,
                        -1,
                        null);
            } else if (Utf8.firstBad(bytes, from, end) >= 0) {
                error = onLine(notText(null, null));
            } else if (!blank(bytes, from, end)) {
                try (JsonParser p = factory.createParser(bytes, from, end - from)) {
                    plan = readRoot(p, codec);
                } catch (MalformedDocumentException e) {
                    error = onLine(e);
                } catch (JsonProcessingException e) {
                    error = onLine(translate(null, e));
                } catch (CharConversionException e) {
                    error = onLine(notText(null, e));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            length = 0;
            tooLong = false;
            if (line.length > 64 * 1024) {
                line = new byte[8 * 1024]; // one long line does not keep its buffer for the rest
            }
            if (error != null) {
                if (onBadLine == BadLine.STOP) {
                    throw error;
                }
                skipped++;
                if (errors.size() < BulkRead.MAX_ERRORS_KEPT) {
                    errors.add(error);
                }
            } else if (plan != null) {
                read++;
                each.accept(plan);
            }
        }

        /** The error of a line, placed on that line of the stream. */
        private MalformedDocumentException onLine(MalformedDocumentException e) {
            // the same error, placed once: its line within the line's own document becomes the stream's
            String reason = e.getReason();
            String within = " (line " + e.getLine() + ", column " + e.getColumn() + ")";
            if (e.getLine() > 0 && reason.endsWith(within)) {
                reason = reason.substring(0, reason.length() - within.length());
            }
            return new MalformedDocumentException(e.getCode(), e.getField(), reason, number, e.getColumn(), null);
        }

        private boolean blank(byte[] bytes, int from, int end) {
            for (int i = from; i < end; i++) {
                byte b = bytes[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    /** Opens a parser or generator on a source or target. */
    private interface Opener<R> {
        R open(JsonFactory factory) throws IOException;
    }

    private <T> T read(Class<T> type, Opener<JsonParser> source) {
        Codec<T> codec = Codecs.of(type);
        try (JsonParser p = source.open(factory)) {
            return readRoot(p, codec);
        } catch (JsonProcessingException e) {
            throw translate(null, e); // a limit checked as the parser opens (the length of a text)
        } catch (CharConversionException e) {
            throw notText(null, e); // the encoding is guessed from the first bytes as the parser opens
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes that are not text in the encoding their first bytes announce (JSON is UTF-8, -16 or -32). */
    static MalformedDocumentException notText(In in, CharConversionException e) {
        String pointer = "";
        try {
            pointer = in == null ? "" : in.pointer();
        } catch (RuntimeException ignored) {
            // as in translate
        }
        return new MalformedDocumentException(pointer, "not valid text: JSON is read as UTF-8", -1, -1, null);
    }

    private <T> void write(T value, Opener<JsonGenerator> target) {
        Objects.requireNonNull(value, "value");
        try (JsonGenerator g = target.open(factory)) {
            writeRoot(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void writeRoot(JsonGenerator g, T value) throws IOException {
        if (pretty) {
            g.useDefaultPrettyPrinter();
        }
        Codec<T> codec = (Codec<T>) Codecs.of(apiType(value.getClass()));
        codec.write(g, value);
    }

    /** The API type of a value: a generated implementation class gives its public supertype. */
    static Class<?> apiType(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (Codecs.types().contains(c)) {
                return c;
            }
        }
        return type;
    }

    private <T> T readRoot(JsonParser p, Codec<T> codec) throws IOException {
        In in = new In(p, limits);
        try {
            p.nextToken();
            T value = codec.read(in);
            if (p.nextToken() != null) {
                throw in.error("unexpected content after the document");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw translate(in, e);
        } catch (CharConversionException e) {
            throw notText(in, e);
        }
    }

    /** Turns a parser's error into ours, without quoting any of the input. */
    static MalformedDocumentException translate(In in, JsonProcessingException e) {
        String reason;
        ErrorCode code = ErrorCode.MALFORMED;
        if (e instanceof StreamConstraintsException) {
            code = ErrorCode.LIMIT_EXCEEDED;
            reason = "limit exceeded: " + e.getOriginalMessage();
        } else if (e instanceof JsonEOFException) {
            reason = "unexpected end of input";
        } else if (e instanceof InputCoercionException) {
            reason = "number out of range";
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            String m = e.getOriginalMessage();
            int open = m.indexOf('\'');
            int close = m.indexOf('\'', open + 1);
            reason = In.duplicateField(open >= 0 && close > open ? m.substring(open + 1, close) : "");
        } else {
            reason = "not well-formed JSON";
        }
        long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        String pointer = "";
        try {
            pointer = in == null ? "" : in.pointer();
        } catch (RuntimeException ignored) {
            // the parser's state after its own error can be inconsistent; the line and column remain
        }
        return new MalformedDocumentException(code, pointer, reason, line, column, null);
    }

    private static JsonFactory factory(ReadLimits limits, boolean strictDuplicates) {
        JsonFactory f = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.getMaxDocumentLength())
                        .maxNestingDepth(limits.getMaxNestingDepth())
                        .maxStringLength(limits.getMaxStringLength())
                        .maxNumberLength(limits.getMaxNumberLength())
                        .build())
                .configure(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION, strictDuplicates)
                // a character outside the Basic Multilingual Plane is written as itself to a stream too,
                // not as an escaped surrogate pair, so text and stream output are the same bytes
                .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        f.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        f.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return f;
    }
}
