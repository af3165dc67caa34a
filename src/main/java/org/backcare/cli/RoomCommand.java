package org.backcare.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.backcare.booking.Room;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import org.backcare.knowledge.EquipmentNeeded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "room", mixinStandardHelpOptions = true, description = "The clinic's rooms and their equipment.",
        subcommands = {RoomCommand.Add.class, RoomCommand.Equip.class, RoomCommand.ListAll.class})
final class RoomCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Equipment that some technique of the knowledge base needs, else refused naming {@code --equipment}. */
    private static void requireKnown(Collection<String> equipment, String what) {
        var known = EquipmentNeeded.by(KnowledgeFiles.bundled()).all();
        var problems = equipment.stream().filter(e -> !known.contains(e)).map(e -> new Problem("--equipment",
                "'" + e + "' is not equipment any technique needs; known: " + String.join(", ", known))).toList();
        if (!problems.isEmpty()) {
            throw new BadInputException(what, problems);
        }
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
            requireKnown(equipment, "cannot add the room");
            var room = BookingInput.checked("cannot add the room", "NAME", "name",
                    () -> new Room(name.strip(), Set.copyOf(equipment)));
            try (var db = database.open()) {
                BookingInput.checked("cannot add the room", "NAME", "name", () -> {
                    TherapistCommand.book(db).addRoom(room);
                    return room;
                });
                spec.commandLine().getOut().printf("Added room %s%s.%n", room.name(),
                        room.equipment().isEmpty() ? "" : " with " + String.join(", ", new TreeSet<>(room.equipment())));
            }
        }
    }

    @Command(name = "equip", mixinStandardHelpOptions = true,
            description = "Change what a room is equipped for (refused while a booked appointment needs what it loses).")
    static final class Equip implements Runnable {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--equipment", required = true, split = ",", paramLabel = "ID",
                description = "All its equipment from now on, such as heated-table,stone-heater; 'none' for none.")
        List<String> equipment;

        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            var wanted = equipment.equals(List.of("none")) ? Set.<String>of() : new TreeSet<>(equipment);
            requireKnown(wanted, "cannot equip the room");
            try (var db = database.open()) {
                BookingInput.checked("cannot equip the room", "NAME", "name", () -> {
                    TherapistCommand.book(db).equipRoom(new Room(name.strip(), wanted), Instant.now());
                    return wanted;
                });
            }
            spec.commandLine().getOut().printf("Room %s is equipped with %s.%n", name.strip(),
                    wanted.isEmpty() ? "nothing" : String.join(", ", wanted));
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
