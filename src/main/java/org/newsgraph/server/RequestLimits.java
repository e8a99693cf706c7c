package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server-wide filter (mounted on {@code /*}, in front of Fuseki and every extra servlet) that bounds what a client
 * can make the server read: a request body larger than {@code maxBody} bytes is refused with 413 before anything of it
 * is read or parsed. A body with a {@code Content-Length} is judged by that header; a chunked body is counted while it
 * is read and the read fails at the limit (the response is then 413 when nothing has been sent yet).
 */
public final class RequestLimits implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLimits.class);
    /** The default largest request body: 1 MiB, far above any hand-written query or update. */
    public static final long DEFAULT_MAX_BODY = 1L << 20;

    private final long maxBody;

    public RequestLimits(long maxBody) {
        if (maxBody <= 0) throw new IllegalArgumentException("maximum request size must be positive: " + maxBody);
        this.maxBody = maxBody;
    }

    public long maxBody() { return maxBody; }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse resp)) {
            chain.doFilter(request, response);
            return;
        }
        long length = req.getContentLengthLong();
        if (length > maxBody) {
            refuse(req, resp, "declares " + length + " bytes");
            return;
        }
        if (length >= 0) {
            chain.doFilter(request, response);
            return;
        }
        // No Content-Length (chunked): count while reading.
        Limited limited = new Limited(req, maxBody);
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!limited.exceeded) throw e;
            if (!resp.isCommitted()) {
                resp.reset();
                refuse(req, resp, "sent more than the limit");
            }
            return;
        }
        if (limited.exceeded && !resp.isCommitted()) {
            resp.reset();
            refuse(req, resp, "sent more than the limit");
        }
    }

    private void refuse(HttpServletRequest req, HttpServletResponse resp, String what) throws IOException {
        LOG.warn("{} {}: request body refused (413): {}; the limit is {} bytes (serve --max-request)",
                req.getMethod(), req.getRequestURI(), what, maxBody);
        resp.setStatus(413);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("Connection", "close"); // the rest of the body is drained (bounded, see DrainBodies), then the connection ends
        resp.getOutputStream().write(("Request body too large: at most " + maxBody + " bytes are accepted "
                + "(the server's --max-request).\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The request with a body stream that fails once more than the limit has been read. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;
        private long read;
        boolean exceeded;
        private ServletInputStream stream;

        Limited(HttpServletRequest req, long max) {
            super(req);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new Counting(super.getInputStream());
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }

        private void count(long n) throws IOException {
            if (n <= 0) return;
            read += n;
            if (read > max) {
                exceeded = true;
                throw new IOException("request body larger than " + max + " bytes");
            }
        }

        private final class Counting extends ServletInputStream {
            private final ServletInputStream in;

            Counting(ServletInputStream in) { this.in = in; }

            @Override public int read() throws IOException {
                int b = in.read();
                if (b >= 0) count(1);
                return b;
            }

            @Override public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                count(n);
                return n;
            }

            @Override public boolean isFinished() { return in.isFinished(); }
            @Override public boolean isReady() { return in.isReady(); }
            @Override public void setReadListener(ReadListener l) { in.setReadListener(l); }
        }
    }
}
