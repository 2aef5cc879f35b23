package org.pathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes and reads one type; the parser of {@link In} stands on the value's first token. */
interface Codec<T> {
    void write(JsonGenerator g, T value) throws IOException;

    T read(In in) throws IOException;
}
