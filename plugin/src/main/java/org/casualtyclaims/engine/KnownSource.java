package org.casualtyclaims.engine;

/** A source of the alias lexicon: its canonical name and type. */
public record KnownSource(String canonical, SourceType type) {}
