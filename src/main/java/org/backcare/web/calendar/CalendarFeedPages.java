package org.backcare.web.calendar;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.backcare.accounts.Role;
import org.backcare.mail.AppointmentFacts;
import org.backcare.mail.CalendarFeeds;
import org.backcare.report.AppointmentCalendar;
import org.backcare.web.Frame;
import org.backcare.web.Pages;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.access.Access;
import org.backcare.web.access.SiteAddress;
import org.backcare.web.access.Tokens;
import org.backcare.web.access.Visit;

/**
 * Private calendar feeds: {@code /calendar/TOKEN.ics} answers the therapist's or the client's appointments to any
 * calendar app, with an ETag so that apps polling it get 304 until something changes; {@code /calendar} turns one's
 * own feed on, renews its address or turns it off.
 */
public final class CalendarFeedPages {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarFeeds feeds;
    private final SiteAddress site;
    private final Clock clock;

    public CalendarFeedPages(CalendarFeeds feeds, SiteAddress site, Clock clock) {
        this.site = site;
        this.feeds = feeds;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/calendar/{file}", this::feed, Access.ANYONE);
        routes.get("/calendar", ctx -> show(ctx, Optional.empty()), Access.SIGNED_IN);
        routes.post("/calendar/renew", this::renew, Access.SIGNED_IN);
        routes.post("/calendar/revoke", this::revoke, Access.SIGNED_IN);
    }

    /** The page a feed's address is shown on: only right after it is made, since only its hash is kept. */
    public record FeedPage(Frame frame, boolean on, Optional<String> address) {}

    private void feed(Context ctx) {
        var file = ctx.pathParam("file");
        var token = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : "";
        if (!TOKEN.matcher(token).matches()) {
            throw notFound("Not a calendar feed's address: it ends in a 43-character token and .ics, such as"
                    + " /calendar/TOKEN.ics. Copy it again from the calendar page.");
        }
        var events = feeds.events(Tokens.hash(token), LocalDate.now(clock)).orElseThrow(() -> notFound(
                "No calendar feed has this address: it was renewed or turned off. Copy the new one from the calendar page."));
        var tag = "\"" + digest(events) + "\"";
        ctx.header("ETag", tag);
        if (tag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        var title = (Function<AppointmentFacts, String>) facts -> events.stream()
                .filter(e -> e.facts().equals(facts)).findFirst().map(CalendarFeeds.Event::title).orElse("");
        ctx.contentType("text/calendar; charset=utf-8").result(AppointmentCalendar.feed(
                events.stream().map(CalendarFeeds.Event::facts).toList(), title, clock.instant()));
    }

    private void renew(Context ctx) {
        var visit = Visit.required(ctx);
        var token = Tokens.fresh();
        feeds.renew(owner(visit), Tokens.hash(token), clock.instant());
        var address = site.of(ctx) + "/calendar/" + token + ".ics";
        Pages.show(ctx, "calendar/feed.jte", new FeedPage(Visit.frame(ctx, "My calendar feed"), true, Optional.of(address)));
    }

    private void revoke(Context ctx) {
        feeds.revoke(owner(Visit.required(ctx)));
        ctx.redirect("/calendar", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, Optional<String> address) {
        var visit = Visit.required(ctx);
        Pages.show(ctx, "calendar/feed.jte", new FeedPage(Visit.frame(ctx, "My calendar feed"), feeds.isOn(owner(visit)),
                address));
    }

    private static CalendarFeeds.Owner owner(Visit visit) {
        var account = visit.account();
        return account.role() == Role.CLIENT ? CalendarFeeds.Owner.of(account.client().orElseThrow())
                : CalendarFeeds.Owner.of(account.username());
    }

    /** Changes with any event's time, room, sequence, status or title; not with the clock. */
    private static String digest(List<CalendarFeeds.Event> events) {
        try {
            var bytes = MessageDigest.getInstance("SHA-256").digest(events.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(bytes, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static ProblemResponse notFound(String detail) {
        return new ProblemResponse(new ProblemDetails(ProblemDetails.HTTP_STATUS, "Not found", 404, detail, List.of()));
    }
}
