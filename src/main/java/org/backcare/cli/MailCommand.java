package org.backcare.cli;

import java.time.Instant;
import java.util.List;
import org.backcare.intake.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "mail", mixinStandardHelpOptions = true,
        description = "The mail outbox: the mails the SMTP server has not taken, with its answer; send one again.",
        subcommands = {MailCommand.Failed.class, MailCommand.Retry.class})
final class MailCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "failed", mixinStandardHelpOptions = true,
            description = "Mails that failed and are not sent yet: which mail, tries, the SMTP server's answer, next try.")
    static final class Failed implements Runnable {
        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            var out = spec.commandLine().getOut();
            try (var db = database.open()) {
                var failed = db.outbox().failed();
                if (failed.isEmpty()) {
                    out.println("No failed mail: every mail was sent or is waiting for its time.");
                }
                failed.forEach(mail -> out.printf("%d  %s  %d tries  next: %s%n    %s%n", mail.id(), mail.what(),
                        mail.attempts(), mail.nextTry().map(Instant::toString).orElse("none (given up: mail retry "
                                + mail.id() + ")"), mail.error()));
            }
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true, description = "Tries a failed mail again now.")
    static final class Retry implements Runnable {
        @Parameters(paramLabel = "ID", description = "The mail's number, from mail failed.")
        long id;

        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (var db = database.open()) {
                if (!db.outbox().retry(id, Instant.now())) {
                    throw new BadInputException("cannot retry", List.of(new Problem("ID",
                            "no failed mail " + id + " (mail failed lists them)")));
                }
                spec.commandLine().getOut().printf("Mail %d goes again at the worker's next round.%n", id);
            }
        }
    }
}
