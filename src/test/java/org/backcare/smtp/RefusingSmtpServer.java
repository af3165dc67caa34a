package org.backcare.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server that refuses every recipient for good ("550 5.1.1 no such mailbox"), as a receiving server does for
 * an address that does not exist: GreenMail takes every address, so the bounce needs this one.
 */
final class RefusingSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger refused = new AtomicInteger();
    private final Thread thread;

    RefusingSmtpServer() throws IOException {
        socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "refusing-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    int recipientsRefused() {
        return refused.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void converse(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        out.print("220 refusing.example ESMTP\r\n");
        out.flush();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            var command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            var answer = switch (command) {
                case "EHLO", "HELO" -> "250 refusing.example";
                case "MAIL", "RSET", "NOOP" -> "250 2.0.0 OK";
                case "RCPT" -> {
                    refused.incrementAndGet();
                    yield "550 5.1.1 no such mailbox here";
                }
                case "QUIT" -> "221 2.0.0 bye";
                default -> "503 5.5.1 bad sequence of commands";
            };
            out.print(answer + "\r\n");
            out.flush();
            if (command.equals("QUIT")) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
