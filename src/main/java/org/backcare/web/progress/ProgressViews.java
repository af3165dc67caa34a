package org.backcare.web.progress;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.backcare.booking.Attendance;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.clients.RecordsVersion;
import org.backcare.clients.UnknownClientException;
import org.backcare.progress.ProgressOverview;
import org.backcare.progress.ProgressSummary;

/**
 * Each client's progress as last made, kept while it is current: the review of their history (the decision, the
 * next sessions) and the charts cost far more than reading whether the records changed. A view is made again when
 * the client's {@link RecordsVersion} is not the one it was made at (every write about the client, their appointments
 * included, from any server or the command line, raises it) or on a new day. Also remembers, for a few minutes, who
 * viewed which version of a client's progress, so that the charts of a page share the page's audit line.
 */
public final class ProgressViews {
    /** How long a page's charts are covered by the page's audit line: a page loads its images at once. */
    static final Duration CHARTS_COVERED = Duration.ofMinutes(5);
    private static final int CLIENTS_KEPT = 2_000;

    /** The progress of one client as of one day, made from their records at one version; charts drawn when asked. */
    static final class Shown {
        private final RecordsVersion version;
        private final ProgressSummary summary;
        private final Map<String, String> charts = new ConcurrentHashMap<>();
        private final Once<List<ProgressPages.Chart>> tables = new Once<>();
        private final Once<Attendance> attendance = new Once<>();

        private Shown(RecordsVersion version, ProgressSummary summary) {
            this.version = version;
            this.summary = summary;
        }

        ProgressSummary summary() {
            return summary;
        }

        /** The chart by its name ("pain", "odi"), drawn once. */
        String chart(String name, Function<ProgressSummary, String> draw) {
            return charts.computeIfAbsent(name, n -> draw.apply(summary));
        }

        /** The page's charts as headings and tables of their numbers, made once. */
        List<ProgressPages.Chart> tables(Function<ProgressSummary, List<ProgressPages.Chart>> make) {
            return tables.made(() -> make.apply(summary));
        }

        /**
         * How the client kept their appointments up to this view's day, counted once: every booking, move, mark or
         * cancellation raises the client's version, so they cannot change under a view.
         */
        Attendance attendance(Function<ProgressSummary, Attendance> count) {
            return attendance.made(() -> count.apply(summary));
        }

        private boolean isOf(RecordsVersion current, LocalDate day) {
            return version.equals(current) && summary.asOf().equals(day);
        }
    }

    /**
     * A part of a view made the first time it is asked for. Two requests at once may both make it, and either result
     * serves: each is made from the same records.
     */
    private static final class Once<T> {
        private volatile T made;

        T made(Supplier<T> make) {
            var value = made;
            if (value == null) {
                value = make.get();
                made = value;
            }
            return value;
        }
    }

    private record Viewed(String actor, RecordsVersion version) {}

    private final ClientBook clients;
    private final ProgressOverview overview;
    private final Cache<ClientId, Shown> shown = Caffeine.newBuilder().maximumSize(CLIENTS_KEPT)
            .expireAfterAccess(Duration.ofHours(1)).build();
    private final Cache<Viewed, Boolean> viewed = Caffeine.newBuilder().maximumSize(10 * CLIENTS_KEPT)
            .expireAfterWrite(CHARTS_COVERED).build();

    public ProgressViews(ClientBook clients, ProgressOverview overview) {
        this.clients = clients;
        this.overview = overview;
    }

    /**
     * The client's progress at {@code version} as of {@code day}. The version must have been read before this call:
     * the history read here is then at least as new, so a view is never kept under a newer version than its records.
     */
    Shown shown(RecordsVersion version, LocalDate day) {
        var kept = shown.getIfPresent(version.client());
        if (kept != null && kept.isOf(version, day)) {
            return kept;
        }
        var history = clients.history(version.client())
                .orElseThrow(() -> new UnknownClientException(version.client()));
        var made = new Shown(version, overview.summary(history, day));
        shown.put(version.client(), made);
        return made;
    }

    /** The client's progress as of {@code day}, made again only when their records changed since it was kept. */
    public ProgressSummary summary(ClientId client, LocalDate day) {
        return shown(clients.recordsVersion(client), day).summary();
    }

    /** Notes that {@code actor} viewed the client's progress page at {@code version}, with its own audit line. */
    void viewed(String actor, RecordsVersion version) {
        viewed.put(new Viewed(actor, version), Boolean.TRUE);
    }

    /** Whether a chart at {@code version} is part of a page view by {@code actor} a moment ago. */
    boolean partOfAView(String actor, RecordsVersion version) {
        return viewed.getIfPresent(new Viewed(actor, version)) != null;
    }
}
