package org.backcare.storage;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A new, empty database for each test, on SQLite or on PostgreSQL as the subclass says; closed after it. */
abstract class DatabaseContract {
    private final List<Database> opened = new ArrayList<>();
    String location;
    Database database;

    /** The location of a new, empty database. */
    abstract String newLocation();

    Database open(String where) {
        var db = Database.open(where);
        opened.add(db);
        return db;
    }

    @BeforeEach
    void openANewDatabase() {
        location = newLocation();
        database = open(location);
    }

    @AfterEach
    void closeEverything() {
        opened.forEach(Database::close);
    }

    long rows(String table) {
        return database.transaction("count", h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
    }
}
