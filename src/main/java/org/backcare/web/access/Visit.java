package org.backcare.web.access;

import io.javalin.http.Context;
import java.util.Optional;
import org.backcare.accounts.Account;
import org.backcare.web.Frame;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;

/** Who is making this request, as {@link Gate} found them before the route ran. */
public record Visit(Account account, String csrfToken) {
    static final String ATTRIBUTE = "backcare.visit";

    public static Optional<Visit> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** The signed-in visitor; routes that call this are never {@link Access#ANYONE}. */
    public static Visit required(Context ctx) {
        return of(ctx).orElseThrow(() -> new ProblemResponse(ProblemDetails.ofStatus(401, "Unauthorized",
                "Sign in first.")));
    }

    public static Frame frame(Context ctx, String title) {
        return of(ctx).map(visit -> new Frame(title, Optional.of(visit.account()), visit.csrfToken()))
                .orElse(Frame.anonymous(title));
    }

    public String actor() {
        return account.username().value();
    }
}
