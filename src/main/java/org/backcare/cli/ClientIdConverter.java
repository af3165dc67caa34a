package org.backcare.cli;

import org.backcare.clients.ClientId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a client id, with a message that says what one looks like. */
final class ClientIdConverter implements ITypeConverter<ClientId> {
    @Override
    public ClientId convert(String value) {
        if (!ClientId.isValid(value)) {
            throw new TypeConversionException("'" + value + "' is not a client id: at most " + ClientId.MAX_LENGTH
                    + " lower-case letters and digits joined by hyphens, such as asha-rao ('backcare client list' shows them)");
        }
        return new ClientId(value);
    }
}
