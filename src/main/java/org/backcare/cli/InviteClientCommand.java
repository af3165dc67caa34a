package org.backcare.cli;

import java.time.Instant;
import java.util.List;
import org.backcare.accounts.Account;
import org.backcare.accounts.AccountExistsException;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.backcare.clients.UnknownClientException;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import org.backcare.web.access.Passwords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "invite", mixinStandardHelpOptions = true,
        description = "Gives a client their own sign-in by mail: a link to choose their password, working once within"
                + " 72 hours (sent by the server's mail worker). Nobody else ever knows the password.")
final class InviteClientCommand implements Runnable {
    @Parameters(paramLabel = "ID", converter = ClientIdConverter.class, description = "The client's id, such as asha-rao.")
    ClientId id;

    @Option(names = "--username", required = true, paramLabel = "USERNAME", description = "The username they sign in with.")
    String username;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (!Username.isValid(username)) {
            throw new BadInputException("cannot invite the client", List.of(new Problem("--username", "use " + Username.RULE)));
        }
        try (var db = database.open()) {
            var book = db.clientBook(KnowledgeFiles.bundled().vocabulary());
            var client = book.history(id).orElseThrow(() -> new UnknownClientException(id)).client();
            var to = book.contact(id).mailable().orElseThrow(() -> new BadInputException("cannot invite the client",
                    List.of(new Problem("ID", id + " has no email address that works: give one first with"
                            + " backcare client edit " + id + " --email ADDRESS"))));
            var account = new Username(username);
            db.accounts().add(Account.client(account, client.name(), id), Passwords.hash(Passwords.unknowable()));
            db.outbox().queue("invitation", account, Instant.now());
            spec.commandLine().getOut().printf("Invitation for %s queued to %s; the server's mail worker sends it.%n",
                    account, to);
        } catch (AccountExistsException e) {
            throw new BadInputException("cannot invite the client", List.of(new Problem("--username",
                    "there is already an account named " + username + ": choose another")));
        }
    }
}
