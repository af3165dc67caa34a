package org.backcare.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLocationTest {
    @TempDir
    Path home;

    @Test
    void theOptionComesFirstThenTheEnvironmentThenTheDataFolder() {
        var option = home.resolve("clinic/records.db").toString();
        var environment = Map.of("BACKCARE_DB", home.resolve("env/records.db").toString());

        assertThat(DatabaseLocation.resolve(option, environment, home)).isEqualTo(option);
        assertThat(DatabaseLocation.resolve(null, environment, home)).isEqualTo(home.resolve("env/records.db").toString());
        assertThat(DatabaseLocation.resolve(null, Map.of(), home))
                .isEqualTo(home.resolve(".local/share/backcare/backcare.db").toString());
        assertThat(DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", home.resolve("data").toString()), home))
                .isEqualTo(home.resolve("data/backcare/backcare.db").toString());
    }

    @Test
    void aFilesFoldersAreMadeAndAnAddressIsLeftAsItIs() {
        DatabaseLocation.resolve(home.resolve("a/b/records.db").toString(), Map.of(), home);
        DatabaseLocation.resolve(null, Map.of(), home);

        assertThat(home.resolve("a/b")).isDirectory();
        assertThat(home.resolve(".local/share/backcare")).isDirectory();
        assertThat(DatabaseLocation.resolve("postgresql://clinic@db.local/backcare", Map.of(), home))
                .isEqualTo("postgresql://clinic@db.local/backcare");
    }

    @Test
    void anEmptyOptionIsKeptToBeRefusedButAnEmptyVariableIsIgnored() {
        assertThat(DatabaseLocation.resolve("", Map.of("BACKCARE_DB", "elsewhere.db"), home)).isEmpty();
        assertThat(DatabaseLocation.resolve(null, Map.of("BACKCARE_DB", " "), home))
                .isEqualTo(home.resolve(".local/share/backcare/backcare.db").toString());
    }

    @Test
    void aRelativeDataHomeIsIgnoredAsTheStandardSays() throws Exception {
        assertThat(DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative/data"), home))
                .isEqualTo(home.resolve(".local/share/backcare/backcare.db").toString());
        assertThat(Files.exists(Path.of("relative"))).isFalse();
    }
}
