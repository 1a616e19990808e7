package dk.samspil.domain.privacy;

import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PersonVaultTest {

    private final InMemoryPersonKeyStore keys = new InMemoryPersonKeyStore();
    private final PersonVault vault = new PersonVault(keys);

    @Test
    void sealed_data_opens_only_with_the_persons_key_and_not_after_erasure() {
        Map<RespondentId, PersonRef> people = vault.enrol(TenantId.of("t"), List.of(RespondentId.of("p1"), RespondentId.of("p2")));
        PersonRef p1 = people.get(RespondentId.of("p1"));
        byte[] secret = "skole:4".getBytes(StandardCharsets.UTF_8);
        Sealed sealed = vault.seal(p1, secret);

        assertThat(sealed.data()).doesNotContain("skole");
        assertThat(vault.open(p1, sealed)).hasValue(secret);

        keys.destroy(p1);
        vault.forget(p1);
        assertThat(vault.open(p1, sealed)).isEmpty();
    }

    @Test
    void enrolment_is_stable_per_tenant_and_pseudonym() {
        PersonRef first = vault.enrol(TenantId.of("a"), List.of(RespondentId.of("p1"))).get(RespondentId.of("p1"));
        PersonRef again = vault.enrol(TenantId.of("a"), List.of(RespondentId.of("p1"))).get(RespondentId.of("p1"));
        PersonRef otherTenant = vault.enrol(TenantId.of("b"), List.of(RespondentId.of("p1"))).get(RespondentId.of("p1"));
        assertThat(again).isEqualTo(first);
        assertThat(otherTenant).isNotEqualTo(first);
    }

    @Test
    void fingerprints_are_equal_for_equal_content_and_keyed_per_person() {
        Map<RespondentId, PersonRef> people = vault.enrol(TenantId.of("t"), List.of(RespondentId.of("p1"), RespondentId.of("p2")));
        byte[] content = "same".getBytes(StandardCharsets.UTF_8);
        String p1 = vault.fingerprint(people.get(RespondentId.of("p1")), content);
        assertThat(vault.fingerprint(people.get(RespondentId.of("p1")), content)).isEqualTo(p1);
        assertThat(vault.fingerprint(people.get(RespondentId.of("p2")), content)).isNotEqualTo(p1);
    }
}
