package org.backcare.cli;

import org.backcare.accounts.AccountExistsException;
import org.backcare.accounts.UnknownAccountException;
import org.backcare.booking.BookingRefusedException;
import org.backcare.booking.ScreeningRefusedException;
import org.backcare.clients.ClientExistsException;
import org.backcare.clients.UnknownClientException;
import org.backcare.knowledge.InvalidKnowledgeException;
import org.backcare.storage.StorageException;
import org.backcare.web.CannotListenException;
import org.backcare.wording.Counted;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** Turns every failure into a message for a person and an exit code; never a stack trace. */
final class Failures implements IExecutionExceptionHandler {
    static final int INTERNAL_ERROR = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        if (e instanceof BadInputException bad) {
            err.println("backcare: " + bad.getMessage() + ":");
            bad.problems().forEach(p -> err.println("  " + p));
            return BackcareCommand.BAD_INPUT;
        }
        if (e instanceof InvalidKnowledgeException invalid) {
            err.println("backcare: the knowledge files have " + Counted.of(invalid.problems().size(), "problem") + ":");
            invalid.problems().forEach(p -> err.println("  " + p));
            return BackcareCommand.BAD_INPUT;
        }
        if (e instanceof StorageException storage) {
            err.println("backcare: " + storage.getMessage());
            storage.details().forEach(d -> err.println("  " + d));
            return BackcareCommand.BAD_INPUT;
        }
        if (e instanceof UnknownClientException || e instanceof ClientExistsException) {
            err.println("backcare: " + e.getMessage() + " ('backcare client list' shows who is)");
            return BackcareCommand.BAD_INPUT;
        }
        if (e instanceof BookingRefusedException refused) {
            err.println("backcare: refused, nothing was booked or changed; it clashes with:");
            refused.clashes().forEach(c -> err.println("  " + c.kind().id() + ": " + c.message()));
            return BackcareCommand.BAD_INPUT;
        }
        if (e instanceof ScreeningRefusedException || e instanceof UnknownAccountException
                || e instanceof AccountExistsException) {
            err.println("backcare: " + e.getMessage());
            return BackcareCommand.BAD_INPUT;
        }
        if (e instanceof CannotListenException cannot) {
            err.println("backcare: cannot listen on " + cannot.getMessage());
            return BackcareCommand.BAD_INPUT;
        }
        err.println("backcare: internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage());
        err.println("Please report it with the command you ran.");
        return INTERNAL_ERROR;
    }

    static int usage(ParameterException e, String[] args) {
        var commandLine = e.getCommandLine();
        var err = commandLine.getErr();
        err.println("backcare: " + e.getMessage());
        err.println("See '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
        return BackcareCommand.BAD_INPUT;
    }
}
