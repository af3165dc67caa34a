package org.backcare.web.clients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientPage;
import org.backcare.clients.Contact;
import org.backcare.web.ListPage;
import org.backcare.files.IntakeFile;

/** The clients as the API writes them, field by field in a fixed order. */
final class ClientJson {
    private ClientJson() {
    }

    static Map<String, Object> list(List<Map<String, Object>> items, ClientPage page) {
        return ListPage.of(items, page.offset(), page.limit(), page.total());
    }

    static Map<String, Object> item(ClientRow row, long version) {
        var item = new LinkedHashMap<String, Object>();
        item.put("id", row.client().id().value());
        item.put("name", row.client().name());
        item.put("consentGiven", row.client().consentGiven().toString());
        item.put("therapist", row.therapist().map(Username::value).orElse(null));
        item.put("version", version);
        return item;
    }

    /** One client: the intake as the intake file's JSON, which the command line reads back. */
    static Map<String, Object> client(ClientHistory history, long version, Optional<Username> therapist,
            Contact contact) {
        var client = history.client();
        var body = new LinkedHashMap<String, Object>();
        body.put("id", client.id().value());
        body.put("name", client.name());
        body.put("consentGiven", client.consentGiven().toString());
        body.put("version", version);
        body.put("therapist", therapist.map(Username::value).orElse(null));
        body.put("contact", contact(contact));
        var intake = history.intakes().get(history.intakes().size() - 1);
        body.put("intakeVersion", intake.version());
        body.put("intakeRecorded", intake.recorded().toString());
        body.put("intake", IntakeFile.toMap(intake.intake()));
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("intakes", history.intakes().size());
        counts.put("sessions", history.sessions().size());
        counts.put("measures", history.measures().size());
        counts.put("plans", history.plans().size());
        body.put("counts", counts);
        return body;
    }

    static Map<String, Object> contact(Contact contact) {
        var body = new LinkedHashMap<String, Object>();
        body.put("email", contact.email().orElse(null));
        body.put("phone", contact.phone().orElse(null));
        body.put("remindersOff", contact.remindersOff().map(Object::toString).orElse(null));
        body.put("bounced", contact.bounced().map(Object::toString).orElse(null));
        return body;
    }
}
