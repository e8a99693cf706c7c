package org.newsgraph.server;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The outermost handler of the server: when a request has been answered before its body was read (a 413 for a body
 * over the limit, a 401 from authentication, any early error), it reads and drops what the client still sends of the
 * body — at most {@link #MAX_BYTES} bytes for at most {@link #MAX_TIME} — before the exchange completes and the
 * connection may close.
 * <p>
 * Why: closing a socket that still holds unread data makes the kernel answer with a TCP reset instead of an orderly
 * end, and a client that is still sending then loses the answer it has not read yet (Java's client reports "HTTP/1.1
 * header parser received no bytes", curl "connection reset by peer"). Reading the rest first is what Apache httpd's
 * "lingering close" does. A client that sends more than the bound, or stays silent, is cut off as before.
 * <p>
 * The drain is non-blocking (read and demand), so it holds no thread while it waits for the client. A body read in
 * full by its servlet costs one read that returns its end.
 */
public final class DrainBodies extends Handler.Wrapper {
    /** The most of an unread request body read and dropped after the response. */
    public static final long MAX_BYTES = 64L << 20;
    /** The longest time spent draining one request body; also the idle time allowed while draining. */
    public static final Duration MAX_TIME = Duration.ofSeconds(3);

    public DrainBodies(Handler handler) { super(handler); }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!hasBody(request)) return super.handle(request, response, callback);
        return super.handle(new Deferred(request), response, new Drain(request, callback));
    }

    /**
     * The request as the handlers below see it. When the servlet layer finishes a response whose body it did not read,
     * it calls {@code consumeAvailable()}, which reads what has arrived and, if more is due, marks the body failed
     * ("Unconsumed request content") so that nothing more can be read. Here that is deferred to {@link Drain}, which
     * reads the rest once the response is out.
     */
    private static final class Deferred extends Request.Wrapper {
        Deferred(Request request) { super(request); }

        @Override
        public boolean consumeAvailable() { return true; }
    }

    private static boolean hasBody(Request request) {
        var headers = request.getHeaders();
        if (headers.contains(HttpHeader.TRANSFER_ENCODING)) return true;
        long length = headers.getLongField(HttpHeader.CONTENT_LENGTH);
        return length > 0;
    }

    /** Completes the exchange once the rest of the body has been read (or the bounds are reached). */
    private static final class Drain implements Callback {
        private final Request request;
        private final Callback callback;
        private final AtomicBoolean done = new AtomicBoolean();
        private long deadline;
        private long left = MAX_BYTES;
        private long savedIdleTimeout = -1;

        Drain(Request request, Callback callback) {
            this.request = request;
            this.callback = callback;
        }

        @Override
        public void succeeded() {
            deadline = System.nanoTime() + MAX_TIME.toNanos();
            drain();
        }

        @Override
        public void failed(Throwable x) {
            if (done.compareAndSet(false, true)) {
                restoreIdleTimeout();
                callback.failed(x);
            }
        }

        @Override
        public InvocationType getInvocationType() { return callback.getInvocationType(); }

        private void drain() {
            try {
                while (left > 0 && System.nanoTime() < deadline) {
                    Content.Chunk chunk = request.read();
                    if (chunk == null) {
                        shortenIdleTimeout();
                        request.demand(this::drain);
                        return;
                    }
                    boolean end = chunk.isLast() || Content.Chunk.isFailure(chunk);
                    left -= chunk.remaining();
                    chunk.release();
                    if (end) break;
                }
            } catch (RuntimeException e) {
                // the connection is gone: nothing more to read
            }
            finish();
        }

        private void finish() {
            if (done.compareAndSet(false, true)) {
                restoreIdleTimeout();
                callback.succeeded();
            }
        }

        /** A client that stops sending is not waited for longer than the drain time. */
        private void shortenIdleTimeout() {
            if (savedIdleTimeout >= 0) return;
            EndPoint endPoint = endPoint();
            if (endPoint == null) return;
            savedIdleTimeout = endPoint.getIdleTimeout();
            long remaining = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            endPoint.setIdleTimeout(savedIdleTimeout > 0 ? Math.min(savedIdleTimeout, remaining) : remaining);
        }

        private void restoreIdleTimeout() {
            if (savedIdleTimeout < 0) return;
            EndPoint endPoint = endPoint();
            if (endPoint != null) endPoint.setIdleTimeout(savedIdleTimeout);
        }

        private EndPoint endPoint() {
            var connection = request.getConnectionMetaData().getConnection();
            return connection == null ? null : connection.getEndPoint();
        }
    }
}
