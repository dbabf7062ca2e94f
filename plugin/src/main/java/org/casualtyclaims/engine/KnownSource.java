package org.casualtyclaims.engine;

/** A source of the alias lexicon: its canonical name and type. */
record KnownSource(String canonical, SourceType type) {}
