package org.backcare.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.backcare.intake.Problem;

/**
 * A file a command writes, named by an option such as {@code --pdf}. It is checked before the command does any work,
 * so a refused command writes nothing: its folder must exist, and a file already there is replaced only with
 * {@code --force}. A new file is readable by the user only: it holds health data.
 */
record OutputFile(String option, Path path) {
    /** What stands in the way of writing the file; empty when nothing does. */
    List<Problem> problems(boolean force) {
        var problems = new ArrayList<Problem>();
        var folder = path.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            problems.add(new Problem(option, "the folder " + folder + " does not exist; create it first or choose another"
                    + " place"));
        } else if (Files.isDirectory(path)) {
            problems.add(new Problem(option, path + " is a folder; name a file in it"));
        } else if (Files.exists(path) && !force) {
            problems.add(new Problem(option, path + " already exists; choose another file or add --force"));
        }
        return problems;
    }

    void write(byte[] content, boolean force) {
        try {
            if (!force || !Files.exists(path)) { // health data: a new file is the user's only
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(path, content, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + path, List.of(new Problem(option, path + ": " + reason(e))));
        }
    }

    /** The exceptions of java.nio.file name only the file; say what went wrong. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists; choose another file or add --force";
        }
        return e.getMessage();
    }
}
