package org.backcare.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.backcare.clients.ClientId;
import org.backcare.clients.Contact;
import org.jdbi.v3.core.Handle;

/** How to reach each client, as rows: one per client who has any contact details. */
final class ContactRows {
    private final Handle handle;
    private final Dialect dialect;

    ContactRows(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    void put(ClientId client, Contact contact) {
        handle.createUpdate("delete from client_contacts where client_id = :client").bind("client", client.value()).execute();
        if (contact.equals(Contact.NONE)) {
            return;
        }
        handle.createUpdate("""
                insert into client_contacts (client_id, email, phone, reminders_off, bounced)
                values (:client, :email, :phone, :remindersOff, :bounced)""")
                .bind("client", client.value()).bind("email", contact.email().orElse(null))
                .bind("phone", contact.phone().orElse(null))
                .bind("remindersOff", contact.remindersOff().map(dialect::date).orElse(null))
                .bind("bounced", contact.bounced().map(dialect::date).orElse(null)).execute();
    }

    Contact of(ClientId client) {
        return handle.createQuery("select email, phone, reminders_off, bounced from client_contacts where client_id = :client")
                .bind("client", client.value())
                .map((row, ctx) -> new Contact(Optional.ofNullable(row.getString("email")),
                        Optional.ofNullable(row.getString("phone")), date(row, "reminders_off"), date(row, "bounced")))
                .findOne().orElse(Contact.NONE);
    }

    private Optional<LocalDate> date(ResultSet row, String column) throws SQLException {
        return row.getObject(column) == null ? Optional.empty() : Optional.of(dialect.date(row, column));
    }
}
