package org.backcare.cli;

import java.util.stream.Collectors;
import org.backcare.clients.ClientId;
import org.backcare.clients.UnknownClientException;
import org.backcare.files.KnowledgeFiles;
import org.backcare.progress.Voided;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show what is on file for a client.")
final class ShowClientCommand implements Runnable {
    @Parameters(paramLabel = "ID", converter = ClientIdConverter.class, description = "The client's id, such as asha-rao.")
    ClientId id;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        try (var db = database.openExisting()) {
            var book = db.clientBook(KnowledgeFiles.bundled().vocabulary());
            var history = book.history(id).orElseThrow(() -> new UnknownClientException(id));
            var client = history.client();
            out.printf("%s (%s)%n", client.name(), client.id());
            out.printf("Consent to store health data: given %s%n", client.consentGiven());
            var contact = book.contact(id);
            out.printf("Email: %s%s%n", contact.email().orElse("none"),
                    contact.bounced().map(d -> " (bounced " + d + ": no mail is sent to it)").orElse(""));
            out.printf("Phone: %s%n", contact.phone().orElse("none"));
            out.printf("Reminders: %s%n", contact.remindersOff().map(d -> "off since " + d).orElse("on"));
            out.printf("Reference in the audit log if they are forgotten: %s%n", book.reference(id).orElseThrow());
            out.printf("%nIntakes (%d):%n", history.intakes().size());
            history.intakes().forEach(v -> out.printf("  version %d, recorded %s%n", v.version(), v.recorded()));
            out.printf("%nSessions (%d):%n", history.sessions().size());
            var sessions = history.sessions();
            for (int i = 0; i < sessions.size(); i++) {
                var s = sessions.get(i);
                out.printf("  %d. %s  %s, %d min", i + 1, s.date(), s.therapist(), s.minutes());
                if (s.massage()) {
                    out.printf(" (%s), %s, %s pressure, pain %d -> %d", s.areas().stream()
                            .map(a -> a.region().id() + " " + a.minutes()).collect(Collectors.joining(", ")),
                            String.join(", ", s.techniques()), s.pressure().id(), s.painBefore(), s.painAfter());
                } else {
                    out.printf(", a visit without massage, pain %d", s.painBefore());
                }
                out.println(voided(s.voided()));
            }
            out.printf("%nQuestionnaires (%d):%n", history.measures().size());
            var measures = history.measures();
            for (int i = 0; i < measures.size(); i++) {
                var m = measures.get(i);
                out.printf("  %d. %s  %s: %s%s%n", i + 1, m.date(), m.instrument(), m.answers(), voided(m.voided()));
            }
            out.printf("%nPlans kept (%d):%n", history.plans().size());
            history.plans().forEach(p -> out.printf("  plan %d, made %s, knowledge %s%n", p.number(), p.made(),
                    p.knowledgeVersion()));
        }
        out.flush();
    }

    private static String voided(Voided voided) {
        return voided == null ? "" : "  [" + (voided.replaced() ? "CORRECTED, replaced by a later entry, " : "VOIDED ")
                + voided.on() + " by " + voided.by() + ": " + voided.reason() + "]";
    }
}
