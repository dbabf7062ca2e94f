package org.casualtyclaims.engine;

/** A head noun of a source phrase ("ministry", "officials", "spokesman") and what it implies. */
public record SourceHead(SourceType type, Kind kind) {
  public enum Kind {
    /** Unnamed people: "officials", "sources", "residents". */
    PEOPLE,
    /** A person's role: "spokesman", "governor", "resident". */
    ROLE,
    /** An institution: "ministry", "police", "hospital", "broadcaster". */
    ORG,
    /** A record speaking for its keeper: "tallies", "figures", "data". */
    RECORD
  }
}
