package org.jianbao.distribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A line-level SMTP relay in front of GreenMail that can misbehave as real servers do: answer the first
 * connections with {@code 421} (server busy or restarting), refuse one address with {@code 550}, or not be
 * there at all. Everything else passes through to the real server, so delivered messages are real.
 */
final class SmtpFaults implements AutoCloseable {

    private final int port;
    private final int serverPort;
    private volatile ServerSocket listener;
    final AtomicInteger busyConnections = new AtomicInteger();
    final Set<String> refusedAddresses = ConcurrentHashMap.newKeySet();
    final AtomicInteger connections = new AtomicInteger();
    /** Messages whose end of DATA was passed to the server. */
    final AtomicInteger messages = new AtomicInteger();
    /** The message (1-based) whose acceptance is never passed back to the client; 0 for none. */
    volatile int holdReplyToMessage;
    /** Counted down when the held acceptance arrived from the server: the message is stored, the client waits. */
    final java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);

    SmtpFaults(int serverPort) throws IOException {
        this.serverPort = serverPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        }
        up();
    }

    int port() {
        return port;
    }

    void reset() {
        busyConnections.set(0);
        refusedAddresses.clear();
    }

    /** Listens again on the same port. */
    synchronized void up() throws IOException {
        if (listener != null && !listener.isClosed()) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("127.0.0.1", port));
        listener = socket;
        Thread accept = new Thread(() -> acceptLoop(socket), "smtp-faults");
        accept.setDaemon(true);
        accept.start();
    }

    /** Connection refused from now on. */
    synchronized void down() throws IOException {
        listener.close();
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread t = new Thread(() -> serve(client), "smtp-faults-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        connections.incrementAndGet();
        try (client) {
            OutputStream toClient = client.getOutputStream();
            if (busyConnections.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
                toClient.write("421 4.3.2 service not available, try again later\r\n".getBytes(StandardCharsets.US_ASCII));
                toClient.flush();
                return;
            }
            try (Socket server = new Socket("127.0.0.1", serverPort)) {
                OutputStream toServer = server.getOutputStream();
                InputStream fromServer = server.getInputStream();
                java.util.concurrent.atomic.AtomicBoolean holdNextReply = new java.util.concurrent.atomic.AtomicBoolean();
                Thread back = new Thread(() -> pump(fromServer, toClient, holdNextReply), "smtp-faults-back");
                back.setDaemon(true);
                back.start();
                BufferedReader fromClient = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.ISO_8859_1));
                boolean data = false;
                for (String line; (line = fromClient.readLine()) != null; ) {
                    String upper = line.toUpperCase(Locale.ROOT);
                    if (!data && upper.startsWith("RCPT TO:") && refused(line)) {
                        synchronized (toClient) {
                            toClient.write("550 5.1.1 mailbox unavailable\r\n".getBytes(StandardCharsets.US_ASCII));
                            toClient.flush();
                        }
                        continue;
                    }
                    if (!data && upper.equals("DATA")) {
                        data = true;
                    } else if (data && line.equals(".")) {
                        data = false;
                        if (messages.incrementAndGet() == holdReplyToMessage) {
                            holdNextReply.set(true);
                        }
                    }
                    toServer.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    toServer.flush();
                }
            }
        } catch (IOException e) {
            // the client or the server hung up
        }
    }

    private boolean refused(String rcptLine) {
        return refusedAddresses.stream().anyMatch(a -> rcptLine.toLowerCase(Locale.ROOT).contains("<" + a + ">"));
    }

    private void pump(InputStream in, OutputStream out, java.util.concurrent.atomic.AtomicBoolean holdNextReply) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (holdNextReply.get()) {
                    held.countDown(); // the server's 250 for the held message: swallowed, the client waits for ever
                    return;
                }
                synchronized (out) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public void close() {
        try {
            down();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
