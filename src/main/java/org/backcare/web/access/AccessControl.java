package org.backcare.web.access;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.backcare.accounts.Accounts;

/** Accounts, sign-in and the gate in front of every route, wired together. */
public final class AccessControl {
    private final Gate gate;
    private final SignInPages signInPages;
    private final SessionApi sessionApi;
    private final SetupLink setupLink;
    private final Caseloads caseloads;

    public AccessControl(Accounts accounts, Clock clock) {
        var sessions = new Sessions(clock);
        this.setupLink = new SetupLink(accounts);
        this.caseloads = new Caseloads(accounts);
        this.gate = new Gate(sessions, accounts);
        var signIn = new SignIn(accounts, sessions, new LoginThrottle(clock));
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
}
