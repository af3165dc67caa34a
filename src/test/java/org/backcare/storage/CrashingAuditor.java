package org.backcare.storage;

import java.time.Instant;
import org.backcare.clients.ClientId;

/**
 * The child process of the audit crash test: several threads keep audit entries at once (so they are group-committed)
 * and each says so once its entry is acknowledged, until the process is killed.
 */
public final class CrashingAuditor {
    private CrashingAuditor() {
    }

    public static void main(String[] args) {
        var database = Database.open(args[0]);
        var book = database.clientBook(OnFile.VOCABULARY);
        var client = new ClientId("crash-test");
        for (int t = 0; t < Integer.parseInt(args[1]); t++) {
            var thread = "t" + t;
            new Thread(() -> {
                for (int i = 0; ; i++) {
                    book.audit(client, "auditor", "read " + thread + "-" + i, Instant.now());
                    synchronized (System.out) {
                        System.out.println(thread + "-" + i);
                        System.out.flush();
                    }
                }
            }).start();
        }
    }
}
