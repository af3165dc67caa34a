package org.backcare.web.access;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Username;
import org.backcare.booking.AppointmentDesk;

/** Accounts, sign-in and the gate in front of every route, wired together. */
public final class AccessControl {
    private final Gate gate;
    private final SignInPages signInPages;
    private final SessionApi sessionApi;
    private final SetupLink setupLink;
    private final Caseloads caseloads;
    private final Sessions sessions;

    public AccessControl(Accounts accounts, AppointmentDesk desk, SignInRecords records, ClientAddress address,
            Clock clock) {
        this.sessions = new Sessions(records.signIns(), clock);
        this.setupLink = new SetupLink(accounts, records.links(), clock);
        this.caseloads = new Caseloads(accounts, desk, clock);
        this.gate = new Gate(sessions);
        var signIn = new SignIn(accounts, sessions, new LoginThrottle(records.failures(), clock), address);
        this.signInPages = new SignInPages(accounts, signIn, setupLink);
        this.sessionApi = new SessionApi(signIn);
    }

    public void register(RoutesConfig routes) {
        routes.beforeMatched(gate::check);
        signInPages.register(routes);
        sessionApi.register(routes);
    }

    public Caseloads caseloads() {
        return caseloads;
    }

    public SetupLink setupLink() {
        return setupLink;
    }

    /** Signs the person out on every server at once (the admin's "sign out everywhere"). */
    public void signOutEverywhere(Username username) {
        sessions.endAll(username);
    }
}
