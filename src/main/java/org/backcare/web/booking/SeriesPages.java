package org.backcare.web.booking;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.backcare.booking.BookingRefusedException;
import org.backcare.booking.ScreeningRefusedException;
import org.backcare.booking.SeriesProposal;
import org.backcare.booking.Skills;
import org.backcare.clients.ClientRecord;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.web.Pages;
import org.backcare.web.access.Access;
import org.backcare.web.access.Visit;
import org.backcare.web.progress.CareRecords;

/**
 * "Book these sessions" from the plan: a review page lists where the plan's sessions would go and what could not be
 * placed, with why; nothing is booked until the person confirms the list. Refused, with why, for a refer/urgent plan.
 */
public final class SeriesPages {
    /**
     * The review: the form asking how to book, then either the screening's refusal, or the proposal to confirm;
     * {@code untrained} are the proposed sessions' techniques that the therapist's skills on file leave out (said
     * before booking, as the day sheet says it after); {@code notice} says why a confirmation was refused.
     */
    public record ReviewPage(Frame frame, ClientRecord client, Form form, List<String> therapists, List<String> rooms,
            Optional<String> refused, List<Proposed> placed, List<SeriesProposal.NotPlaced> notPlaced,
            List<String> untrained, String notice) {
        public String path() {
            return "/clients/" + client.id().value() + "/book";
        }

        public boolean proposed() {
            return !placed.isEmpty() || !notPlaced.isEmpty();
        }
    }

    /** A session placed, as the list shows it; {@code start} is what the confirmation sends back. */
    public record Proposed(int session, Shown shown, String start, boolean moved) {
        public String field() {
            return BookingForm.START + session;
        }
    }

    public static final List<String> WEEKDAYS = BookingForm.WEEKDAYS;

    private final Bookings bookings;
    private final CareRecords records;

    SeriesPages(Bookings bookings, CareRecords records) {
        this.bookings = bookings;
        this.records = records;
    }

    void register(RoutesConfig routes) {
        routes.get("/clients/{id}/book", this::review, Access.STAFF);
        routes.post("/clients/{id}/book", this::confirm, Access.STAFF);
    }

    private void review(Context ctx) {
        var opened = records.open(ctx, "review booking");
        var values = new LinkedHashMap<>(BookingForm.usual("from", bookings.today(), bookings.therapistOf(opened.id()))
                .values());
        ctx.queryParamMap().forEach((name, list) -> values.put(name, list.get(0)));
        var form = new Form(values, List.of());
        if (form.value("therapist").isBlank()) {
            chooseTherapist(ctx, opened, form);
            return;
        }
        show(ctx, opened, form, "");
    }

    /** The form alone, asking first whom the client will see: nothing was sent yet that could be wrong. */
    private void chooseTherapist(Context ctx, CareRecords.Opened opened, Form form) {
        Optional<String> refused = Optional.empty();
        try {
            bookings.admit(opened.id(), bookings.today());
        } catch (ScreeningRefusedException e) {
            refused = Optional.of(BookingForm.screening(e));
        }
        Pages.show(ctx, "booking/series.jte", new ReviewPage(Visit.frame(ctx, "Book the plan's sessions"),
                opened.client(), form, bookings.therapists(), bookings.rooms(), refused, List.of(), List.of(), List.of(),
                "Choose the therapist the client will see, then show the list of times."));
    }

    private void confirm(Context ctx) {
        var opened = records.open(ctx, "book series");
        var form = Form.of(ctx);
        var read = new BookingForm(form);
        var from = read.date("from", "From");
        var therapist = read.therapist();
        var room = read.room();
        var starts = read.starts();
        if (!read.problems().isEmpty()) {
            ctx.status(422);
            show(ctx, opened, read.shown(), "Nothing was booked.");
            return;
        }
        var attempt = BookingForm.trying(() -> bookings.confirm(opened.id(), from, therapist, room, starts,
                opened.visit().actor()));
        if (attempt.done().isPresent()) {
            ctx.redirect("/clients/" + opened.id() + "/appointments?booked=" + attempt.done().get().size(),
                    HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(attempt.status());
        var why = attempt.why().get();
        show(ctx, opened, form, attempt.status() == HttpStatus.CONFLICT.getCode()
                ? why + " This is the list as the book now stands."
                : "Nothing was booked." + (why.startsWith(BookingForm.SCREENING) ? "" : " " + why));
    }

    /** Reads how to book, and shows the refusal or the proposal (the form alone while it has problems). */
    private void show(Context ctx, CareRecords.Opened opened, Form form, String notice) {
        var read = new BookingForm(form);
        var asked = new Bookings.SeriesAsked(read.date("from", "From"), read.number("next", "How many", 1, 100),
                read.therapist(), read.room(), read.time("at", "Time"), read.weekday());
        Optional<String> refused = Optional.empty();
        var placed = List.<Proposed>of();
        var notPlaced = List.<SeriesProposal.NotPlaced>of();
        var untrained = List.<String>of();
        var shown = form.withProblems(Stream.concat(form.problems().stream(), read.problems().stream())
                .distinct().toList());
        if (shown.ok()) {
            try {
                var proposal = bookings.propose(opened.id(), asked);
                var zone = bookings.desk().settings().zone();
                placed = proposal.placed().stream().map(p -> new Proposed(p.visit().session(),
                        new Shown(p.appointment(), zone), p.appointment().start().toString(), p.moved())).toList();
                notPlaced = proposal.notPlaced();
                untrained = new Skills(bookings.desk().skills().getOrDefault(asked.therapist(), Set.of()))
                        .leaveOut(proposal.placed().stream().flatMap(p -> p.appointment().techniques().stream()).toList());
            } catch (ScreeningRefusedException e) {
                refused = Optional.of(BookingForm.screening(e));
            } catch (BookingRefusedException | IllegalArgumentException e) {
                refused = Optional.of(e.getMessage());
            }
        } else if (ctx.status() == HttpStatus.OK) {
            ctx.status(422);
        }
        Pages.show(ctx, "booking/series.jte", new ReviewPage(Visit.frame(ctx, "Book the plan's sessions"),
                opened.client(), shown, bookings.therapists(), bookings.rooms(), refused, placed, notPlaced, untrained,
                notice));
    }
}
