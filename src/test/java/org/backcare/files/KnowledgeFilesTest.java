package org.backcare.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnowledgeFilesTest {
    @Test
    void theBundledKnowledgeLoadsAndChecks() {
        var kb = KnowledgeFiles.bundled();
        assertThat(kb.techniques()).extracting(t -> t.id()).containsExactly("swedish", "deep-tissue", "trigger-point",
                "myofascial-release", "sports", "hot-stone", "aromatherapy", "stretch-assisted", "abhyanga",
                "kati-basti", "swedana", "potli");
    }

    @Test
    void aPreloadedKnowledgeBaseIsTheSameAsOneReadOnTheSpot() {
        var expected = KnowledgeFiles.bundled();
        KnowledgeFiles.preload();
        assertThat(KnowledgeFiles.bundled()).isEqualTo(expected);
        assertThat(KnowledgeFiles.bundled()).isEqualTo(expected);
    }
}
