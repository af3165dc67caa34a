package org.backcare.web;

import java.util.Optional;
import org.backcare.accounts.Account;
import org.backcare.accounts.Role;

/**
 * What every page's frame shows: the title, who is signed in (if anyone), and the token each form sends back to
 * prove it came from one of our pages (CSRF).
 */
public record Frame(String title, Optional<Account> visitor, String csrfToken) {
    public static Frame anonymous(String title) {
        return new Frame(title, Optional.empty(), "");
    }

    public boolean is(Role role) {
        return visitor.map(account -> account.role() == role).orElse(false);
    }

    public boolean isStaff() {
        return visitor.map(Account::isStaff).orElse(false);
    }
}
