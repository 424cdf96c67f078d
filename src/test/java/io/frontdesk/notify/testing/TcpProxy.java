package io.frontdesk.notify.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;

/**
 * A loopback TCP proxy in front of one server, to take that server away and give it back (DatabaseOutageIT):
 * {@link #cut()} closes every live connection and closes each new one as soon as it is accepted, as a
 * database that went down would; {@link #restore()} forwards again.
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final ServerSocket listener;
    /** Both ends of every connection forwarded now; guarded by itself, as is {@link #cut}. */
    private final Set<Socket> live = new HashSet<>();
    private boolean cut;

    private TcpProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon("proxy-accept", this::acceptAll).start();
    }

    /** A proxy on a free loopback port, forwarding to host:port. */
    public static TcpProxy to(String host, int port) throws IOException {
        return new TcpProxy(new InetSocketAddress(host, port));
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Closes every live connection; until {@link #restore()}, new ones are closed as soon as accepted. */
    public void cut() {
        synchronized (live) {
            cut = true;
            live.forEach(TcpProxy::closeQuietly);
            live.clear();
        }
    }

    public void restore() {
        synchronized (live) {
            cut = false;
        }
    }

    @Override
    public void close() {
        closeQuietly(listener);
        cut();
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                daemon("proxy-connect", () -> forward(client)).start();
            } catch (IOException e) {
                // the listener was closed
            }
        }
    }

    private void forward(Socket client) {
        Socket server = new Socket();
        try {
            if (!isCut()) {
                server.connect(target, 5_000);
            }
        } catch (IOException e) {
            closeQuietly(client);
            return;
        }
        synchronized (live) {
            if (cut) {
                closeQuietly(client);
                closeQuietly(server);
                return;
            }
            live.add(client);
            live.add(server);
        }
        daemon("proxy-up", () -> pump(client, server)).start();
        daemon("proxy-down", () -> pump(server, client)).start();
    }

    /** Copies one direction until either end closes, then closes both. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one end went away
        } finally {
            synchronized (live) {
                live.remove(from);
                live.remove(to);
            }
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private boolean isCut() {
        synchronized (live) {
            return cut;
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
