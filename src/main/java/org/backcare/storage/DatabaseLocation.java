package org.backcare.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Where the records live: the {@code --db} option if given, else the {@code BACKCARE_DB} environment variable, else
 * {@code backcare/backcare.db} in the user's data folder ({@code $XDG_DATA_HOME}, or {@code ~/.local/share}).
 * A file's folders are made, readable by this user only, when a command that writes needs them.
 */
public final class DatabaseLocation {
    public static final String ENVIRONMENT_VARIABLE = "BACKCARE_DB";

    private DatabaseLocation() {
    }

    /** Where a command that keeps records writes: a file's folders are made, readable by this user only. */
    public static String resolve(String option) {
        return resolve(option, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Where a command that only reads looks: nothing is made. */
    public static String find(String option) {
        return find(option, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static String resolve(String option, Map<String, String> environment, Path home) {
        var location = find(option, environment, home);
        if (Place.isFile(location) && !location.isBlank()) {
            makeFolders(Path.of(location));
        }
        return location;
    }

    private static String find(String option, Map<String, String> environment, Path home) {
        var fromEnvironment = environment.getOrDefault(ENVIRONMENT_VARIABLE, "");
        var chosen = option != null ? option : fromEnvironment.isBlank() ? null : fromEnvironment;
        if (chosen != null) {
            return chosen;
        }
        var xdg = environment.get("XDG_DATA_HOME");
        var data = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/share");
        return data.resolve("backcare").resolve("backcare.db").toString();
    }

    private static void makeFolders(Path file) {
        var folder = file.toAbsolutePath().getParent();
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(Place.OWNER_ONLY_FOLDER));
            }
        } catch (FileAlreadyExistsException e) {
            throw new StorageException("cannot make the folder " + folder + " for the database: a file is in the way");
        } catch (AccessDeniedException e) {
            throw new StorageException("cannot make the folder " + folder + " for the database: permission denied");
        } catch (IOException e) {
            throw new StorageException("cannot make the folder " + folder + " for the database: " + e.getMessage());
        }
    }
}
