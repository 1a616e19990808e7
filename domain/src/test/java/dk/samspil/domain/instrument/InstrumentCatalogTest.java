package dk.samspil.domain.instrument;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.ItemKey;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class InstrumentCatalogTest {

    private final InstrumentCatalog catalog = InstrumentCatalog.builtIn();

    @Test
    void ships_every_built_in_instrument_with_danish_and_english_labels() {
        assertThat(catalog.all()).extracting(i -> i.ref().toString())
                .containsExactlyInAnyOrderElementsOf(InstrumentCatalog.BUILT_IN);
        for (Instrument instrument : catalog.all()) {
            assertThat(instrument.items()).allSatisfy(item -> {
                assertThat(item.label().in(Locale.of("da"))).isNotBlank();
                assertThat(item.label().in(Locale.ENGLISH)).isNotBlank();
            });
        }
    }

    @Test
    void rk_has_the_six_items_of_relational_capacity() {
        Instrument rk = catalog.get(InstrumentRef.parse("rk@1"));
        assertThat(rk.relational()).isTrue();
        assertThat(rk.items()).extracting(i -> i.key().value())
                .containsExactly("samarbejde", "videndeling", "kendskab", "problemloesning", "innovation", "respekt");
        assertThat(rk.bands()).isEqualTo(Bands.CONSULTANCY_DEFAULT);
    }

    @Test
    void leadership_groups_eight_items_in_three_dimensions() {
        Instrument leadership = catalog.get(InstrumentRef.parse("leadership@1"));
        assertThat(leadership.items()).hasSize(8);
        assertThat(leadership.dimensions()).extracting(Dimension::key).containsExactly("framing", "engaged", "involving");
    }

    @Test
    void rc_frequency_scores_just_right_best() {
        Item frequency = catalog.get(InstrumentRef.parse("rc@1")).item(ItemKey.of("frequency")).orElseThrow();
        assertThat(frequency.score(3)).isEqualTo(5);
        assertThat(frequency.score(1)).isEqualTo(1);
        assertThat(frequency.score(5)).isEqualTo(1);
        assertThat(frequency.score(2)).isEqualTo(frequency.score(4));
    }

    @Test
    void bands_compare_the_unrounded_mean_at_the_edges() {
        Bands bands = Bands.CONSULTANCY_DEFAULT;
        assertThat(bands.classify(4.5, true)).isEqualTo(Band.MIDDLE);
        assertThat(bands.classify(4.5000001, true)).isEqualTo(Band.HIGH);
        assertThat(bands.classify(3.9999999, true)).isEqualTo(Band.LOW);
        assertThat(bands.classify(4.0, false)).isEqualTo(Band.MIDDLE);
        assertThat(bands.classify(3.5, false)).isEqualTo(Band.MIDDLE);
        assertThat(bands.classify(3.4999, false)).isEqualTo(Band.LOW);
    }
}
