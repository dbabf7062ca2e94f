package org.casualtyclaims.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.attribution.SourceNamer;
import org.casualtyclaims.engine.attribution.SourceNames;

/**
 * Names the sources the frames leave bare ("police said", "the ministry said") once the whole
 * document is read, and gives each source the document names several ways one name.
 */
final class SourceResolver {
  private final Set<String> statementWords;
  /** Heads any organisation may be called ("the group"): attribution-words.tsv's any-body. */
  private final Set<String> anyBodyWords;
  private final SourceNamer namer;
  private final SourceNames names;

  SourceResolver(Set<String> statementWords, Set<String> anyBodyWords, SourceNamer namer,
      SourceNames names) {
    this.statementWords = statementWords;
    this.anyBodyWords = anyBodyWords;
    this.namer = namer;
    this.names = names;
  }

  /** "police said", "the ministry said": now that the whole document is read, name them. */
  void resolveBareSources(SentenceInfo[] infos, DocumentContext context) {
    // the latest description of each head ("interior ministry"), for a later bare "the ministry"
    Map<String, SourceRef> described = null; // made when the first description comes
    for (int i = 0; i < infos.length; i++) {
      if (infos[i] == null) {
        continue;
      }
      context.atSentence(i);
      for (Frame f : infos[i].frames()) {
        SourceRef s = f.source;
        if (!s.isBare()) {
          continue;
        }
        SourceRef fuller = described == null ? null : described.get(s.head());
        if (s.name().equalsIgnoreCase(s.head()) && fuller != null) {
          f.source = fuller; // "the interior ministry said ... the ministry said": one body
          continue;
        }
        if (!s.name().equalsIgnoreCase(s.head()) && s.type() == SourceType.OFFICIAL) {
          if (described == null) {
            described = new HashMap<>();
          }
          described.put(s.head(), s);
        }
        SourceRef named = statementWords.contains(s.head())
            ? statementIssuer(context, i) // "the statement said": whoever issued it
            : bodyOrHolder(context, s);
        if (named != null && (!names.mayStandFor(s, named)
            || (named.type() == SourceType.ANONYMOUS && s.type() != SourceType.ANONYMOUS))) {
          // "the interior ministry" is not the defence ministry named before, nor "the police"
          // the "unnamed local police officials" quoted before
          named = null;
        }
        if ((named == null || (named.person() && names.isBody(s.head())))
            && s.type() != SourceType.WITNESS && s.type() != SourceType.ANONYMOUS) {
          // named earlier, outside any frame; a body so named wins over a person of it ("the
          // agency" is the National Mining Agency, not the agency's director quoted before)
          SourceRef body = namer.institutionNamed(s.head(), context);
          body = body == null || names.mayStandFor(s, body) ? body : null;
          named = body != null ? body : named;
        }
        if (named == null && s.type() == SourceType.OFFICIAL && anyBodyWords.contains(s.head())) {
          // "the World Health Organization said ... the agency said": a state's head word that
          // an international body is also called, when that body is the latest named
          SourceRef last = context.lastBodyOf(SourceType.OFFICIAL, SourceType.INTERNATIONAL);
          named = last != null && last.type() == SourceType.INTERNATIONAL ? last : null;
        }
        if (named == null && s.type() != SourceType.OFFICIAL && s.type() != SourceType.WITNESS
            && s.type() != SourceType.ANONYMOUS) {
          named = anyBodyWords.contains(s.head())
              ? context.lastBodyOf(s.type(), SourceType.INTERNATIONAL) // a rights group's "the group"
              : context.lastOfType(s.type()); // "the broadcaster", "the monitor"
          if (named == null) {
            named = namer.knownOfType(s.type(), context);
          }
        }
        if (named != null) {
          f.source = named;
        }
      }
    }
  }

  /** One name for each source the document names several ways. */
  void unifyNames(SentenceInfo[] infos) {
    int count = 0;
    for (SentenceInfo info : infos) {
      count += info == null ? 0 : info.frames().size();
    }
    if (count < 2) {
      return; // one name at most: nothing to unify
    }
    List<Frame> all = new ArrayList<>(count);
    for (SentenceInfo info : infos) {
      if (info != null) {
        all.addAll(info.frames());
      }
    }
    names.unify(all);
  }

  /**
   * The source a bare description stands for: one named before, else one named after. A role
   * ("the governor") or people ("residents") may be the person named after; a body ("police") is
   * not taken over by a spokesman quoted a sentence on, named or not ("a police spokesman said").
   */
  private SourceRef bodyOrHolder(DocumentContext context, SourceRef bare) {
    boolean body = names.isBody(bare.head());
    SourceRef before = context.institutionWith(bare.head(), false, false);
    if (before != null) {
      return before;
    }
    SourceRef after = context.institutionWith(bare.head(), true, !body);
    return after != null && body && names.endsInRoleOrPeople(after) ? null : after;
  }

  private static SourceRef statementIssuer(DocumentContext context, int sentence) {
    SourceRef issuer = context.statementBefore(sentence);
    return issuer != null ? issuer : context.lastSourceBefore(sentence);
  }
}
