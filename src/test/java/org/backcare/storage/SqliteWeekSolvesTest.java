package org.backcare.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteWeekSolvesTest extends WeekSolvesContract {
    @TempDir
    Path folder;
    private int files;

    @Override
    String newLocation() {
        return folder.resolve("backcare-" + ++files + ".db").toString();
    }
}
