package org.backcare.scheduling;

import java.util.Set;

/** A treatment room and the equipment it has (a stone heater, a steam cabinet, an oil warmer…). */
public record Room(String id, Set<String> equipment) {
    public Room {
        equipment = Set.copyOf(equipment);
    }

    public boolean has(Set<String> needed) {
        return equipment.containsAll(needed);
    }

    @Override
    public String toString() {
        return id;
    }
}
