package io.github.tsunagari.validation;

import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.LegalForm;
import io.github.tsunagari.organization.LocalGovernmentGrantee;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.program.Identifier;
import io.github.tsunagari.internal.Text;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.internal.form.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rules that compare grants with each other: unique positions and ids, and no organisation twice. One pass; per
 * grant it keeps three compact keys (position, corporate number, a 64-bit fingerprint of legal form and name; a fourth
 * for a grant with an id of its own) and the index of the grant that first had them: about 40 bytes a grant (70 at
 * most, just after a table grows). The work is linear in the number of grants whatever their positions, numbers and
 * names: every table grows geometrically. Memory grows with the number of grants, but no grant is kept. Two different
 * names share a fingerprint with a probability of about n²/2⁶⁵ (10⁻⁸ for a million grants); such a pair would be
 * reported as a duplicate.
 */
final class CrossGrantRules {
  private static final String POSITION = Path.append("", Forms.GRANT.property("position").name());
  private static final String ID = Path.append("", Forms.GRANT.property("id").name());
  private static final String GRANTEE = Path.append("", Forms.GRANT.property("grantee").name());
  private static final String REPRESENTATIVE = Path.append("", Forms.CONSORTIUM.property("representative").name());

  private final String collectionPath;
  final Positions positions = new Positions();
  private final LongIntMap corporateNumbers = new LongIntMap();
  private final LongIntMap names = new LongIntMap();
  private final LongIntMap ids = new LongIntMap();
  private final String derivedPrefix;

  /**
   * @param collectionPath the pointer to the list of grants: {@code /grants} in a program, the empty string in a
   *     stream of grants
   */
  CrossGrantRules(String collectionPath) {
    this(collectionPath, null);
  }

  /**
   * @param collectionPath the pointer to the list of grants
   * @param programId the program's identifier, which gives a grant without its own the identifier program-position;
   *     null where there is none
   */
  CrossGrantRules(String collectionPath, Identifier programId) {
    this.collectionPath = collectionPath;
    this.derivedPrefix = programId == null ? null : programId + "-";
  }

  void check(int index, Grant grant, List<Finding> findings) {
    int earlier = positions.putIfAbsent(grant.getPosition(), index);
    if (earlier >= 0) {
      findings.add(Finding.of(Rule.DUPLICATE_POSITION, collectionPath + "/" + index + POSITION, grant.getPosition(),
          collectionPath + "/" + earlier));
    }
    // A grant's own identifier, or the one the program's gives it (GrantProgram.identifierOf): one namespace. A
    // derived one is not checked where the position is already another grant's, which is reported as such.
    Optional<Identifier> ownId = grant.getId();
    boolean own = ownId.isPresent();
    String id = own ? ownId.get().toString()
        : derivedPrefix == null || earlier >= 0 ? null : derivedPrefix + grant.getPosition();
    if (id != null) {
      int sameId = ids.putIfAbsent(LongIntMap.fingerprint(-1, id), index);
      if (sameId >= 0) {
        findings.add(Finding.of(Rule.DUPLICATE_GRANT_ID, collectionPath + "/" + index + (own ? ID : ""), id,
            collectionPath + "/" + sameId));
      }
    }
    Grantee grantee = grant.getGrantee();
    java.util.Optional<io.github.tsunagari.organization.CorporateNumber> number = grantee.getRecipientCorporateNumber();
    boolean numbered = number.isPresent();
    int sameNumber = numbered ? corporateNumbers.putIfAbsent(Long.parseLong(number.get().toString()), index) : -1;
    // The name entry holds the index and whether that grantee had a corporate number (lowest bit). Two grantees with
    // different corporate numbers are different organisations whatever their names.
    int byName = names.putIfAbsent(nameKey(grantee), index << 1 | (numbered ? 1 : 0));
    int sameName = byName >= 0 && !(numbered && (byName & 1) == 1) ? byName >>> 1 : -1;
    int same = sameNumber >= 0 ? sameNumber : sameName;
    if (same >= 0) {
      String recipientPath = collectionPath + "/" + index + GRANTEE + (grantee instanceof Consortium ? REPRESENTATIVE : "");
      findings.add(Finding.of(Rule.DUPLICATE_ORGANIZATION, recipientPath, grantee.getRecipientName(),
          collectionPath + "/" + same));
    }
  }

  /**
   * Positions and the index of the grant that had each first. Positions are usually 1…n in order: a position below
   * four times the number of grants seen (or below 1 024) goes in a plain array, 4 bytes a slot; others in a map. The
   * array grows at least to twice its length, so that copying it costs at most twice the slots it ends with, whatever
   * the order of positions (3, 7, 11 … once regrew it by a few slots a grant, quadratic in all).
   */
  static final class Positions {
    private int[] dense = new int[1024]; // index + 1; 0 where the position is not taken
    private final LongIntMap sparse = new LongIntMap();
    private int count;
    /** Slots copied by growing the array, for the tests that prove the work linear. */
    long copied;

    int putIfAbsent(int position, int index) {
      count++;
      long limit = Math.max(1024L, 4L * count);
      if (position >= dense.length && position < limit) {
        long grown = Math.max(position + 1L, 2L * dense.length);
        copied += dense.length;
        dense = Arrays.copyOf(dense, (int) Math.min(grown, Integer.MAX_VALUE - 8L));
      }
      if (position < 0 || position >= dense.length) {
        return sparse.putIfAbsent(position, index);
      }
      int earlier = dense[position] - 1;
      if (earlier < 0 && !sparse.isEmpty()) {
        earlier = sparse.get(position); // taken while it was still beyond the array
      }
      if (earlier < 0) {
        dense[position] = index + 1;
      }
      return earlier;
    }

    /** The slots of the array, for the tests that bound memory. */
    int capacity() {
      return dense.length;
    }
  }

  /**
   * The fingerprint of legal form and folded name: the same name however it is written (full-width, spaces, letter
   * case).
   */
  private static long nameKey(Grantee grantee) {
    if (grantee instanceof LocalGovernmentGrantee) {
      // A kind of its own: a local government and an organisation of the same name are not the same.
      return LongIntMap.fingerprint(LegalForm.values().length, Text.fold(((LocalGovernmentGrantee) grantee).getName()));
    }
    Organization org = grantee instanceof Consortium ? ((Consortium) grantee).recipient() : (Organization) grantee;
    return LongIntMap.fingerprint(org.getLegalForm().ordinal(), Text.fold(org.getName()));
  }
}
