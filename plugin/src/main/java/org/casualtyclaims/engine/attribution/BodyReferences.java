package org.casualtyclaims.engine.attribution;

import java.util.List;
import org.casualtyclaims.engine.DocumentContext;
import org.casualtyclaims.engine.KnownSource;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.text.Token;

/**
 * Bodies a phrase speaks for beyond its own words: the body named before that a spokesperson's
 * "for the office" points back to, and the organisation whose national section a country's name
 * follows.
 */
final class BodyReferences {
  private BodyReferences() {}

  /**
   * "Amnesty International Kenya", "Human Rights Watch Nigeria": a known organisation that is not
   * the state's, followed by the country whose section speaks, keeps its own type; the country
   * (a known source of the state) does not speak. Null when the words before name no such body.
   */
  static KnownSource nationalSection(
      SourceKinds kinds, List<Token> tokens, int from, int k, KnownSource after) {
    if (after.type() != SourceType.OFFICIAL || k - from < 1) {
      return null;
    }
    KnownSource before = kinds.known(tokens, from, k);
    return before != null && before.type() != SourceType.OFFICIAL ? before : null;
  }

  /**
   * The body a spokesperson's "for the office", "of the agency" points back to: an institution
   * named earlier whose name holds the head noun. Null when the words after the preposition name
   * a body of their own, or none was named before.
   */
  static SourceRef bodyNamedBefore(
      List<Token> tokens, int pp, int to, DocumentContext context) {
    if (pp < 0 || pp + 2 >= to || !tokens.get(pp + 1).is("the")
        || InstitutionNames.hasProperWord(tokens, pp + 2, to)) {
      return null;
    }
    SourceHead head = tokens.get(to - 1).info.head;
    if (head == null || head.kind() != SourceHead.Kind.ORG) {
      return null;
    }
    SourceRef body = context.institutionWith(tokens.get(to - 1).lower(), false, false);
    return body == null || body.person() || body.type() == SourceType.ANONYMOUS ? null : body;
  }

  /**
   * "a coalition of civil society groups", "a network of rights groups": a body made of other
   * bodies is of their kind when they are not the state's; else {@code type}, the head's.
   */
  static SourceType membersType(
      SourceKinds kinds, List<Token> tokens, int pp, int to, SourceType type) {
    if (pp < 0 || !tokens.get(pp).is("of") || !tokens.get(to - 1).endsWith("s")) {
      return type;
    }
    SourceType members = kinds.roleType(tokens, pp + 1, to);
    return members == null || members == SourceType.OFFICIAL || members == SourceType.WITNESS
        ? type : members;
  }
}
