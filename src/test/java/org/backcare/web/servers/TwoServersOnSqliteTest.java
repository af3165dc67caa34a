package org.backcare.web.servers;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class TwoServersOnSqliteTest extends TwoServersContract {
    @TempDir
    Path folder;

    @Override
    String newLocation() {
        return folder.resolve("backcare.db").toString();
    }
}
