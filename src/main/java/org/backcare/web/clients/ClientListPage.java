package org.backcare.web.clients;

import java.util.List;
import org.backcare.accounts.Role;
import org.backcare.web.Frame;
import org.backcare.web.Paged;

/** The clients a visitor may see, those matching the search if there is one, one page of them. */
public record ClientListPage(Frame frame, String search, boolean redFlagsOnly, List<ListedClient> rows, Paged paged,
        String forgotten) {
    public String emptyText() {
        if (redFlagsOnly) {
            return "No client" + (search.isEmpty() ? "" : " whose name or id contains “" + search + "”")
                    + " has red flags in their current screening.";
        }
        if (!search.isEmpty()) {
            return "No client's name or id contains “" + search + "”.";
        }
        return frame.is(Role.ADMIN) ? "No clients on file yet." : "No clients in your care yet.";
    }
}
