package org.backcare.web.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.storage.OnFile.DAY_ONE;
import static org.backcare.storage.OnFile.VOCABULARY;
import static org.backcare.storage.OnFile.client;
import static org.backcare.storage.OnFile.firstIntake;
import static org.backcare.storage.OnFile.intake;
import static org.backcare.storage.OnFile.session;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.backcare.clients.ClientId;
import org.backcare.clients.MeasureEntry;
import org.backcare.files.KnowledgeFiles;
import org.backcare.progress.HomeworkDone;
import org.backcare.progress.ProgressOverview;
import org.backcare.storage.Database;
import org.backcare.storage.SqlClientBook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A client's progress is made once per version of their records and day, and made again after every kind of write
 * about them, whoever made it (here straight in the database, as the command line or another server would).
 */
class ProgressViewsTest {
    private static final ClientId ASHA = new ClientId("asha-rao");
    private static final LocalDate TODAY = DAY_ONE.plusDays(30);
    private static final ProgressOverview OVERVIEW = new ProgressOverview(KnowledgeFiles.bundled());

    @TempDir
    Path folder;
    private Database database;
    private SqlClientBook book;
    private ProgressViews views;

    @BeforeEach
    void openTheBook() {
        database = Database.open(folder.resolve("backcare.db").toString());
        book = database.clientBook(VOCABULARY);
        book.add(client("Asha Rao"), firstIntake());
        book.logSession(ASHA, session(DAY_ONE.plusDays(7), "first"));
        views = new ProgressViews(book, OVERVIEW);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Stream<Map.Entry<String, Consumer<SqlClientBook>>> writes() {
        return Map.<String, Consumer<SqlClientBook>>of(
                "a session logged", b -> b.logSession(ASHA, session(DAY_ONE.plusDays(14), "second")),
                "a questionnaire recorded", b -> b.recordMeasure(ASHA, new MeasureEntry("nprs", DAY_ONE.plusDays(14), "3")),
                "a new intake", b -> b.addIntake(ASHA, DAY_ONE.plusDays(14), intake(3)),
                "a new intake on the version read", b -> b.addIntake(ASHA, DAY_ONE.plusDays(14), intake(3), b.version(ASHA)),
                "a renaming", b -> b.rename(ASHA, "Asha R. Rao", b.version(ASHA)),
                "a plan kept", b -> b.keepPlan(ASHA, DAY_ONE.plusDays(14), "k", "{}"),
                "homework logged", b -> b.logHomework(ASHA, new HomeworkDone(DAY_ONE.plusDays(14), "cat-cow stretch", "")))
                .entrySet().stream().sorted(Map.Entry.comparingByKey());
    }

    @Test
    void theSameVersionOnTheSameDayIsMadeOnceAndDrawsEachChartOnce() {
        var first = views.shown(book.recordsVersion(ASHA), TODAY);
        var pain = first.chart("pain", s -> "drawn " + s.sessionsKept());

        var again = views.shown(book.recordsVersion(ASHA), TODAY);

        assertThat(again).isSameAs(first);
        assertThat(again.chart("pain", s -> "drawn again")).isSameAs(pain);
        assertThat(views.shown(book.recordsVersion(ASHA), TODAY.plusDays(1))).isNotSameAs(first)
                .satisfies(next -> assertThat(next.summary().asOf()).isEqualTo(TODAY.plusDays(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void anyWriteAboutTheClientMakesTheirProgressAgain(Map.Entry<String, Consumer<SqlClientBook>> write) {
        var before = views.shown(book.recordsVersion(ASHA), TODAY);

        write.getValue().accept(book);
        var after = views.shown(book.recordsVersion(ASHA), TODAY);

        assertThat(after).isNotSameAs(before);
        assertThat(after.summary()).isEqualTo(OVERVIEW.summary(book.history(ASHA).orElseThrow(), TODAY));
        assertThat(after.chart("pain", s -> "pain of " + s.client().name())).isEqualTo("pain of "
                + book.history(ASHA).orElseThrow().client().name());
    }

    @Test
    void aClientForgottenAndAddedAgainUnderTheSameIdIsNotShownTheOldRecords() {
        views.shown(book.recordsVersion(ASHA), TODAY);
        book.forget(ASHA, "Mira Shah", Instant.parse("2026-12-20T10:00:00Z"));
        book.add(client("Asha Rao"), firstIntake());

        var shown = views.shown(book.recordsVersion(ASHA), TODAY);

        assertThat(shown.summary().sessionsKept()).isZero();
    }

    @Test
    void aChartIsPartOfAViewOnlyForWhoViewedThatVersion() {
        var version = book.recordsVersion(ASHA);
        views.viewed("tess", version);

        assertThat(views.partOfAView("tess", version)).isTrue();
        assertThat(views.partOfAView("theo", version)).isFalse();
        book.logSession(ASHA, session(DAY_ONE.plusDays(14), "second"));
        assertThat(views.partOfAView("tess", book.recordsVersion(ASHA))).isFalse();
    }
}
