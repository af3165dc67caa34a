package org.backcare.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.backcare.accounts.Account;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.ClinicSettings;
import org.backcare.booking.DaysOff;
import org.backcare.booking.ExtraDay;
import org.backcare.booking.Room;
import org.backcare.booking.WeeklyHours;
import org.backcare.booking.WorkingWeek;
import org.backcare.clients.Contact;
import org.backcare.knowledge.EquipmentNeeded;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Technique;
import org.backcare.mail.ClinicDetails;
import org.backcare.mail.ClinicProfile;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.web.Pages;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.web.access.Access;
import org.backcare.web.access.Visit;

/**
 * The admin's clinic page: each therapist's usual week, days off and skills, and the rooms with their equipment, as
 * {@code backcare therapist hours|skills} and {@code backcare room add|equip} set them. A change refused says why above the
 * list, naming the therapist and the field, and keeps what was typed; nothing is saved.
 */
public final class ClinicPages {
    private final Accounts accounts;
    private final AppointmentDesk desk;
    private final Optional<ClinicDetails> details;
    private final List<String> techniques;
    private final List<String> equipment;
    private final Clock clock;

    /** One therapist as the page shows them; {@code typed} holds what a refused change asked for, by field. */
    public record TherapistRow(Username username, String name, String hours, List<DaysOff> daysOff,
            List<ExtraDay> extraDays, Set<String> skills, Map<String, String> typed) {
        public String shown(String field, String kept) {
            return typed.getOrDefault(field, kept);
        }

        public String extraDaysToCome() {
            return extraDays.isEmpty() ? "none" : String.join("; ", extraDays.stream().map(ExtraDay::toString).toList());
        }
    }

    /**
     * The page; {@code settings} and {@code details} are the forms of the booking settings and of the clinic's details
     * as they stand or as typed when refused ({@code details} empty when the server keeps none).
     */
    public record ClinicPage(Frame frame, Form settings, Optional<Form> details, List<TherapistRow> therapists,
            List<Room> rooms, List<String> techniques, List<String> equipment, String notice, String refused, Form room) {}

    /** {@code details}: where the clinic's name, address, phone, self-booking and reminders are kept, if anywhere. */
    public ClinicPages(Accounts accounts, AppointmentDesk desk, Optional<ClinicDetails> details, KnowledgeBase knowledge,
            Clock clock) {
        this.accounts = accounts;
        this.desk = desk;
        this.details = details;
        this.techniques = knowledge.techniques().stream().map(Technique::id).sorted().toList();
        this.equipment = List.copyOf(EquipmentNeeded.by(knowledge).all());
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/clinic", ctx -> show(ctx, notice(ctx), "", Optional.empty(), Form.EMPTY), Access.ADMIN);
        routes.post("/admin/clinic/{username}/hours",
                ctx -> typed(ctx, "hours", (who, spec) -> desk.hours(who, WeeklyHours.parse(spec))), Access.ADMIN);
        routes.post("/admin/clinic/{username}/off",
                ctx -> typed(ctx, "off", (who, off) -> desk.daysOff(who, DaysOff.parse(off))), Access.ADMIN);
        routes.post("/admin/clinic/{username}/off/take-back", this::takeBackDaysOff, Access.ADMIN);
        routes.post("/admin/clinic/{username}/extra",
                ctx -> typed(ctx, "extra", (who, extra) -> desk.extraDay(who, ExtraDay.parse(extra))), Access.ADMIN);
        routes.post("/admin/clinic/{username}/skills", this::skills, Access.ADMIN);
        routes.post("/admin/clinic/rooms", this::addRoom, Access.ADMIN);
        routes.post("/admin/clinic/rooms/equipment", this::equipRoom, Access.ADMIN);
        routes.post("/admin/clinic/settings", this::settings, Access.ADMIN);
        details.ifPresent(kept -> routes.post("/admin/clinic/details", ctx -> details(ctx, kept), Access.ADMIN));
    }

    /** A change typed in one field of a therapist's row. */
    private void typed(Context ctx, String field, BiConsumer<Username, String> change) {
        var who = therapist(ctx);
        var value = Form.of(ctx).value(field);
        saved(ctx, who, field, Map.of(field, value), () -> change.accept(who, value));
    }

    /** Days off taken back from the list: a refusal keeps nothing typed, as nothing was. */
    private void takeBackDaysOff(Context ctx) {
        var who = therapist(ctx);
        var off = Form.of(ctx).value("off");
        saved(ctx, who, "taken-back", Map.of(), () -> desk.takeBackDaysOff(who, DaysOff.parse(off)));
    }

    private void skills(Context ctx) {
        var who = therapist(ctx);
        var chosen = new TreeSet<>(ctx.formParams("skill"));
        saved(ctx, who, "skills", Map.of("skills", String.join(",", chosen)), () -> {
            var unknown = chosen.stream().filter(t -> !techniques.contains(t)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("skills: " + String.join(", ", unknown)
                        + " is not a technique of the knowledge base");
            }
            desk.skills(who, chosen);
        });
    }

    /**
     * Does the change, then says it is {@code done}; a refusal (its message starting with the field) is shown above
     * the list with what was {@code typed}, by field, and nothing is saved.
     */
    private void saved(Context ctx, Username who, String done, Map<String, String> typed, Runnable change) {
        try {
            change.run();
            ctx.redirect("/admin/clinic?done=" + done + "&account=" + who.value() + "#therapist-" + who.value(),
                    HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException e) {
            ctx.status(422);
            show(ctx, "", who.value() + ": " + e.getMessage() + ". Nothing was saved.",
                    Optional.of(Map.entry(who, typed)), Form.EMPTY);
        }
    }

    private void settings(Context ctx) {
        var form = Form.of(ctx);
        try {
            var turnover = Integer.parseInt(form.value("turnover").strip());
            desk.settings(new ClinicSettings(ClinicSettings.zone(form.value("zone")), Duration.ofMinutes(turnover),
                    ClinicSettings.notice(form.value("notice"))));
            ctx.redirect("/admin/clinic?done=settings#settings", HttpStatus.SEE_OTHER);
        } catch (NumberFormatException e) {
            refuseSettings(ctx, form, "turnover: '" + form.value("turnover") + "' is not a whole number of minutes");
        } catch (IllegalArgumentException e) {
            refuseSettings(ctx, form, e.getMessage());
        }
    }

    private void refuseSettings(Context ctx, Form typed, String why) {
        ctx.status(422);
        show(ctx, "", "The booking settings: " + why + ". Nothing was saved.", Optional.empty(), Form.EMPTY,
                Optional.of(typed), Optional.empty());
    }

    private void details(Context ctx, ClinicDetails kept) {
        var form = Form.of(ctx);
        try {
            var phone = form.value("phone").strip();
            if (!phone.isEmpty()) {
                Contact.checkedPhone(phone);
            }
            kept.profile(new ClinicProfile(form.value("name"), form.value("address"), phone,
                    "yes".equals(form.value("self-booking")), Duration.ofHours(hours(form, "reminder")),
                    Optional.of(hours(form, "second-reminder")).filter(h -> h > 0).map(Duration::ofHours)));
            ctx.redirect("/admin/clinic?done=details#details", HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException e) {
            ctx.status(422);
            show(ctx, "", "The clinic's details: " + e.getMessage() + ". Nothing was saved.", Optional.empty(), Form.EMPTY,
                    Optional.empty(), Optional.of(form));
        }
    }

    /** Whole hours from a field, blank as none; refused with a message starting with the field. */
    private static long hours(Form form, String field) {
        var value = form.value(field).strip();
        try {
            return value.isEmpty() ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a whole number of hours");
        }
    }

    private void addRoom(Context ctx) {
        roomChange(ctx, "room", desk::addRoom);
    }

    private void equipRoom(Context ctx) {
        roomChange(ctx, "equipment", room -> desk.equipRoom(room, clock.instant()));
    }

    /**
     * The room named and ticked in the form, added or equipped; a refusal says why above the list, nothing saved, and
     * keeps what was typed in the form that adds a room when it came from there.
     */
    private void roomChange(Context ctx, String done, Consumer<Room> change) {
        var form = Form.of(ctx);
        var wanted = ctx.formParams("equipment");
        try {
            var unknown = wanted.stream().filter(e -> !equipment.contains(e)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("equipment: " + String.join(", ", unknown)
                        + " is not equipment any technique needs");
            }
            change.accept(new Room(form.value("name").strip(), Set.copyOf(wanted)));
            ctx.redirect("/admin/clinic?done=" + done + "#rooms", HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException e) {
            ctx.status(422);
            show(ctx, "", "The room: " + e.getMessage() + ". Nothing was saved.", Optional.empty(),
                    done.equals("room") ? form : Form.EMPTY);
        }
    }

    private void show(Context ctx, String notice, String refused, Optional<Map.Entry<Username, Map<String, String>>> typed,
            Form room) {
        show(ctx, notice, refused, typed, room, Optional.empty(), Optional.empty());
    }

    private void show(Context ctx, String notice, String refused, Optional<Map.Entry<Username, Map<String, String>>> typed,
            Form room, Optional<Form> settingsTyped, Optional<Form> detailsTyped) {
        var weeks = desk.weeks();
        var skills = desk.skills();
        var today = LocalDate.now(clock);
        var rows = accounts.all().stream().filter(a -> a.role() == Role.THERAPIST || weeks.containsKey(a.username()))
                .sorted(Comparator.comparing((Account a) -> a.username().value()))
                .map(a -> row(a, weeks.get(a.username()), skills.getOrDefault(a.username(), Set.of()), today,
                        typed.filter(t -> t.getKey().equals(a.username())).map(Map.Entry::getValue).orElse(Map.of())))
                .toList();
        var shownDetails = details.map(kept -> detailsTyped.orElseGet(() -> detailsForm(kept.profile())));
        Pages.show(ctx, "admin/clinic.jte", new ClinicPage(Visit.frame(ctx, "Clinic"),
                settingsTyped.orElseGet(() -> settingsForm(desk.settings())), shownDetails, rows, desk.rooms(),
                techniques, equipment, notice, refused, room));
    }

    private static Form settingsForm(ClinicSettings settings) {
        return new Form(Map.of("zone", settings.zone().getId(), "turnover", String.valueOf(settings.turnover().toMinutes()),
                "notice", settings.noticeWritten()), List.of());
    }

    private static Form detailsForm(ClinicProfile profile) {
        return new Form(Map.of("name", profile.name(), "address", profile.address(), "phone", profile.phone(),
                "self-booking", profile.selfBooking() ? "yes" : "", "reminder", String.valueOf(profile.reminder().toHours()),
                "second-reminder", profile.secondReminder().map(d -> String.valueOf(d.toHours())).orElse("")), List.of());
    }

    private static TherapistRow row(Account account, WorkingWeek week, Set<String> skills, LocalDate today,
            Map<String, String> typed) {
        var hours = week == null ? "" : week.usual().toString();
        var off = week == null ? List.<DaysOff>of() : week.daysOff().stream().filter(d -> !d.last().isBefore(today)).toList();
        var extra = week == null ? List.<ExtraDay>of() : week.extraDays().stream().filter(d -> !d.day().isBefore(today))
                .toList();
        return new TherapistRow(account.username(), account.name(), hours, off, extra, skills, typed);
    }

    /** The therapist the path names: a staff account, else 404 naming it. */
    private Username therapist(Context ctx) {
        var name = ctx.pathParam("username");
        return AccountList.named(accounts, name).filter(a -> a.role() != Role.CLIENT).map(Account::username)
                .orElseThrow(() -> new ProblemResponse(Problems.ofStatus(404, "There is no therapist named " + name + ".")));
    }

    private static String notice(Context ctx) {
        var who = Optional.ofNullable(ctx.queryParam("account")).filter(Username::isValid).orElse("");
        return switch (String.valueOf(ctx.queryParam("done"))) {
            case "hours" -> "Saved the usual week of " + who + ".";
            case "off" -> "Saved the days off of " + who + ".";
            case "extra" -> "Saved the extra day of " + who + ".";
            case "skills" -> "Saved the skills of " + who + ".";
            case "room" -> "Added the room.";
            case "equipment" -> "Saved the room's equipment.";
            case "taken-back" -> "Took back the days off of " + who + ".";
            case "settings" -> "Saved the booking settings.";
            case "details" -> "Saved the clinic's details.";
            default -> "";
        };
    }
}
