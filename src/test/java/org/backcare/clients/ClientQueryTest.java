package org.backcare.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientQueryTest {
    @Test
    void aPageStartsAtZeroOrLaterAndShowsOneTo200Clients() {
        assertThatThrownBy(() -> ClientQuery.everyone(-1, 20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset: must be 0 or more (was -1)");
        assertThatThrownBy(() -> ClientQuery.everyone(0, 0)).hasMessage("limit: must be from 1 to 200 (was 0)");
        assertThatThrownBy(() -> ClientQuery.everyone(0, 201)).hasMessage("limit: must be from 1 to 200 (was 201)");
        assertThat(ClientQuery.everyone(0, 200).limit()).isEqualTo(200);
    }

    @Test
    void theSearchIsTrimmedAndLimited() {
        assertThat(new ClientQuery("  rao ", Optional.empty(), 0, 20).search()).isEqualTo("rao");
        assertThat(new ClientQuery(null, Optional.empty(), 0, 20).search()).isEmpty();
        assertThatThrownBy(() -> new ClientQuery("x".repeat(201), Optional.empty(), 0, 20))
                .hasMessage("search: at most 200 characters (was 201)");
    }

    @Test
    void theCaseloadIsCopied() {
        var caseload = new HashSet<>(Set.of(new ClientId("asha-rao")));
        var query = new ClientQuery("", Optional.of(caseload), 0, 20);
        caseload.add(new ClientId("daniel-okafor"));

        assertThat(query.among()).hasValue(Set.of(new ClientId("asha-rao")));
    }
}
