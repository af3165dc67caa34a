package org.backcare.web.clients;

import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientRecord;

/** A client in a list, with the username of the therapist caring for them, if anyone is. */
public record ClientRow(ClientRecord client, Optional<Username> therapist) {}
