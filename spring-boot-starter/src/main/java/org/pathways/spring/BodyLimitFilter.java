package org.pathways.spring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over the service's limit with 413, whether it declares its length or
 * streams in chunks, before anything reads it whole.
 */
public final class BodyLimitFilter extends OncePerRequestFilter {
    private final long max;

    /**
     * Creates the filter.
     *
     * @param max the most bytes a request body may have
     */
    public BodyLimitFilter(long max) {
        this.max = max;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > max) {
            Problems.write(response, Problems.tooLarge(max));
            return;
        }
        chain.doFilter(new Limited(request, max), response);
    }

    /** Thrown when a streamed body passes the limit; answered with 413. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long max;

        TooLarge(long max) {
            super("body: larger than " + max + " bytes");
            this.max = max;
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    private int count(int n) throws TooLarge {
                        if (n > 0) {
                            read += n;
                            if (read > max) {
                                throw new TooLarge(max);
                            }
                        }
                        return n;
                    }

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? -1 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return count(in.read(b, off, len));
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
