package org.backcare.cli;

import java.nio.file.Path;
import org.backcare.files.KnowledgeFiles;
import org.backcare.knowledge.KnowledgeBase;
import picocli.CommandLine.Option;

/** The {@code --knowledge DIR} option every command that uses the knowledge base shares. */
final class KnowledgeOption {
    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "A clinic's folder of knowledge files that add to or override the built-in ones.")
    Path clinicFolder;

    KnowledgeBase load() {
        return KnowledgeFiles.load(clinicFolder);
    }
}
