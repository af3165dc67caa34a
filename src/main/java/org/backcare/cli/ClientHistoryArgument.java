package org.backcare.cli;

import java.util.List;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.intake.Problem;
import picocli.CommandLine.Parameters;

/** The client a command is about, named by their id. */
final class ClientHistoryArgument {
    @Parameters(index = "0", paramLabel = "CLIENT", converter = ClientIdConverter.class,
            description = "The client's id, such as asha-rao ('backcare client list' shows them).")
    ClientId id;

    ClientHistory history(ClientBook book) {
        return book.history(id).orElseThrow(() -> unknown(id));
    }

    static BadInputException unknown(ClientId id) {
        return new BadInputException("no such client", List.of(new Problem("CLIENT",
                "no client '" + id + "' on file; 'backcare client list' shows who is")));
    }
}
