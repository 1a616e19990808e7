package dk.samspil.ui.app.questionnaire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.privacy.Sealed;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A respondent's contact and link, sealed together under the person's key: a reminder carries the
 * same link, and destroying the key (erasure) makes both unreadable wherever a copy lies.
 */
@Component
public class SealedContacts {

    /** What is sealed: the contact and the link's token (the store keeps only the token's hash in clear). */
    public record Opened(Contact contact, InvitationToken token) {
    }

    private record Plain(String email, String phone, String token) {
    }

    private static final ObjectMapper JSON = DomainJson.mapper();
    private final PersonVault vault;

    SealedContacts(PersonVault vault) {
        this.vault = vault;
    }

    /** One sealed contact per invitee, in their order; null for an invitee without one. */
    List<Sealed> seal(TenantId organisation, List<Invitee> invitees, List<IssuedLink> links) {
        List<RespondentId> reachable = invitees.stream().filter(i -> i.contact().reachable()).map(Invitee::respondent).toList();
        Map<RespondentId, PersonRef> people = reachable.isEmpty() ? Map.of() : vault.enrol(organisation, reachable);
        List<Sealed> sealed = new ArrayList<>(invitees.size());
        for (int i = 0; i < invitees.size(); i++) {
            Contact contact = invitees.get(i).contact();
            if (!contact.reachable()) {
                sealed.add(null);
                continue;
            }
            try {
                byte[] plain = JSON.writeValueAsBytes(new Plain(contact.email(), contact.phone(), links.get(i).token().value()));
                sealed.add(vault.seal(people.get(invitees.get(i).respondent()), plain));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("could not write a contact to seal it", e);
            }
        }
        return sealed;
    }

    /** The same contact sealed with a new link, for a replaced link. */
    Sealed reseal(TenantId organisation, RespondentId respondent, Contact contact, InvitationToken token) {
        PersonRef person = vault.enrol(organisation, List.of(respondent)).get(respondent);
        try {
            return vault.seal(person, JSON.writeValueAsBytes(new Plain(contact.email(), contact.phone(), token.value())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a contact to seal it", e);
        }
    }

    /** The contact and link, or empty when the person's key is destroyed. */
    public Optional<Opened> open(TenantId organisation, RespondentId respondent, Sealed sealed) {
        PersonRef person = vault.enrol(organisation, List.of(respondent)).get(respondent);
        return vault.open(person, sealed).map(bytes -> {
            try {
                Plain plain = JSON.readValue(bytes, Plain.class);
                return new Opened(new Contact(plain.email(), plain.phone()), new InvitationToken(plain.token()));
            } catch (IOException e) {
                throw new UncheckedIOException("a sealed contact is not the JSON it was sealed as", e);
            }
        });
    }
}
