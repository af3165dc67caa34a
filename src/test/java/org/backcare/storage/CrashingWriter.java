package org.backcare.storage;

import org.backcare.clients.ClientId;

/**
 * The child process of the crash test: logs sessions one transaction at a time and says so after each commit,
 * until it is killed.
 */
public final class CrashingWriter {
    private CrashingWriter() {
    }

    public static void main(String[] args) {
        var database = Database.open(args[0]);
        var book = database.clientBook(OnFile.VOCABULARY);
        var client = new ClientId("crash-test");
        for (int i = 0; i < Integer.parseInt(args[1]); i++) {
            book.logSession(client, OnFile.session(OnFile.DAY_ONE.plusDays(i), "session " + i));
            System.out.println("committed " + i);
            System.out.flush();
        }
    }
}
