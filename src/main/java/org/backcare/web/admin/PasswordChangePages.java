package org.backcare.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import org.backcare.accounts.Accounts;
import org.backcare.intake.Problem;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.web.Pages;
import org.backcare.web.access.Access;
import org.backcare.web.access.Passwords;
import org.backcare.web.access.Visit;

/** Anyone signed in changes their own password, giving the current one first. */
public final class PasswordChangePages {
    public record PasswordPage(Frame frame, Form form, boolean changed) {}

    private final Accounts accounts;

    public PasswordChangePages(Accounts accounts) {
        this.accounts = accounts;
    }

    public void register(RoutesConfig routes) {
        routes.get("/account/password", ctx -> show(ctx, Form.EMPTY, ctx.queryParam("changed") != null), Access.SIGNED_IN);
        routes.post("/account/password", this::change, Access.SIGNED_IN);
    }

    private void show(Context ctx, Form form, boolean changed) {
        Pages.show(ctx, "admin/password.jte", new PasswordPage(Visit.frame(ctx, "Change your password"), form, changed));
    }

    private void change(Context ctx) {
        var username = Visit.required(ctx).account().username();
        var form = Form.of(ctx);
        var problems = new ArrayList<Problem>();
        if (!Passwords.matches(form.value("current"), accounts.passwordHash(username))) {
            problems.add(new Problem("current", "This is not your current password."));
        }
        problems.addAll(newPasswordProblems(form));
        if (!problems.isEmpty()) {
            ctx.status(422);
            show(ctx, form.withProblems(problems), false);
            return;
        }
        accounts.changePassword(username, Passwords.hash(form.value("password")));
        ctx.redirect("/account/password?changed", HttpStatus.SEE_OTHER);
    }

    private static List<Problem> newPasswordProblems(Form form) {
        var weakness = Passwords.weakness(form.value("password"));
        if (weakness.isPresent()) {
            return List.of(new Problem("password", "Choose a longer password: " + weakness.get() + "."));
        }
        if (!form.value("password").equals(form.value("repeat"))) {
            return List.of(new Problem("repeat", "The two new passwords differ: type the same one twice."));
        }
        if (form.value("password").equals(form.value("current"))) {
            return List.of(new Problem("password", "Choose a password other than your current one."));
        }
        return List.of();
    }
}
