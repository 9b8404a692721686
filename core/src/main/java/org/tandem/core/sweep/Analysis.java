package org.tandem.core.sweep;

/** What a sweep method concluded, one row per parameter and output. */
public sealed interface Analysis permits Tornado, PrccTable, SobolTable {}
