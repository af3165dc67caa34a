package org.backcare.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.backcare.booking.Room;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "room", mixinStandardHelpOptions = true, description = "The clinic's rooms and their equipment.",
        subcommands = {RoomCommand.Add.class, RoomCommand.ListAll.class})
final class RoomCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a room, with what it is equipped for.")
    static final class Add implements Runnable {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--equipment", split = ",", paramLabel = "ID",
                description = "Equipment ids, such as heated-table,stone-heater,kati-basti-set (techniques.yaml names what each technique needs).")
        List<String> equipment = new ArrayList<>();

        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            var room = BookingInput.checked("cannot add the room", "NAME", () -> new Room(name.strip(), Set.copyOf(equipment)));
            try (var db = database.open()) {
                BookingInput.checked("cannot add the room", "NAME", () -> {
                    TherapistCommand.book(db).addRoom(room);
                    return room;
                });
                spec.commandLine().getOut().printf("Added room %s%s.%n", room.name(),
                        room.equipment().isEmpty() ? "" : " with " + String.join(", ", new TreeSet<>(room.equipment())));
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The rooms and their equipment.")
    static final class ListAll implements Runnable {
        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            var out = spec.commandLine().getOut();
            try (var db = database.open()) {
                var rooms = TherapistCommand.book(db).rooms();
                if (rooms.isEmpty()) {
                    out.println("No rooms (a one-person practice needs none). Add one with: backcare room add NAME --equipment heated-table");
                }
                rooms.forEach(r -> out.printf("%-16s %s%n", r.name(), String.join(", ", new TreeSet<>(r.equipment()))));
            }
        }
    }
}
