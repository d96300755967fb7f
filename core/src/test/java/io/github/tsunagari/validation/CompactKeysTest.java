package io.github.tsunagari.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Grant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The compact key tables of the cross-grant rules answer exactly as a HashMap would. */
class CompactKeysTest {
  @Property(tries = 200)
  void longIntMapAgreesWithAHashMap(@ForAll @Size(max = 3000) List<Long> keys) {
    LongIntMap compact = new LongIntMap();
    Map<Long, Integer> plain = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      long key = i % 7 == 0 ? Long.MIN_VALUE : keys.get(i); // the table's empty marker is a key like any other
      Integer expected = plain.putIfAbsent(key == Long.MIN_VALUE ? Long.MIN_VALUE + 1 : key, i);
      assertThat(compact.putIfAbsent(key, i)).isEqualTo(expected == null ? -1 : expected);
    }
    for (Map.Entry<Long, Integer> e : plain.entrySet()) {
      assertThat(compact.get(e.getKey())).isEqualTo(e.getValue());
    }
  }

  /** Positions dense and sparse, in any order: each repeat points at the first grant that had the position. */
  @Property(tries = 100)
  void duplicatePositionsPointAtTheFirstGrant(
      @ForAll @Size(max = 400) List<@IntRange(min = 1, max = 5000) Integer> positions) {
    Grant template = Fixtures.valid().getGrants().get(0);
    CrossGrantRules rules = new CrossGrantRules("");
    Map<Integer, Integer> first = new HashMap<>();
    for (int i = 0; i < positions.size(); i++) {
      int position = positions.get(i);
      Grant grant = Grant.builder().from(template).position(position)
          .grantee(Organization.builder().from(Fixtures.GAMMA).name("団体" + i).build()).build();
      List<Finding> findings = new ArrayList<>();
      rules.check(i, grant, findings);
      Integer earlier = first.putIfAbsent(position, i);
      if (earlier == null) {
        assertThat(findings).isEmpty();
      } else {
        assertThat(findings).singleElement().satisfies(f -> {
          assertThat(f.getRuleId()).isEqualTo("consistency.duplicate-position");
          assertThat(f.getMessage(java.util.Locale.ENGLISH)).endsWith("at /" + earlier + ".");
        });
      }
    }
  }
}
