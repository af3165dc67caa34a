package org.backcare.booking;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** A treatment room, and the equipment it has (a heated table, a Kati Basti set). */
public record Room(String name, Set<String> equipment) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}");
    private static final Pattern EQUIPMENT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Room {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name: 1 to 40 letters, digits, spaces, '.', '-' or '_' (was '" + name + "')");
        }
        for (var item : equipment) {
            if (!EQUIPMENT.matcher(item).matches()) {
                throw new IllegalArgumentException("equipment: '" + item + "' is not an id like heated-table");
            }
        }
        equipment = Set.copyOf(new TreeSet<>(equipment));
    }

    public boolean has(String item) {
        return equipment.contains(item);
    }
}
