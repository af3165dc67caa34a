package org.backcare.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "client", mixinStandardHelpOptions = true,
        description = "Keep clients on file: add, list, show, edit, forget, invite, their times.",
        subcommands = {AddClientCommand.class, ListClientsCommand.class, ShowClientCommand.class, ForgetClientCommand.class,
                EditClientCommand.class, InviteClientCommand.class, ClientTimesCommand.class})
final class ClientCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
