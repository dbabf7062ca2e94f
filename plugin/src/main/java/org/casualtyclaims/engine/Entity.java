package org.casualtyclaims.engine;

/** A source met earlier in the document, remembered for pronouns, surnames and "the ministry". */
record Entity(SourceRef source, int sentence) {}
