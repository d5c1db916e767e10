// The shape of a glossary: one term per sales concept, and the renderings that must not stand for it.

export interface GlossaryEntry {
  /** The concept, in English. */
  readonly concept: string;
  /** The term every text uses for it. */
  readonly term: string;
  /** Other renderings of the same concept that a text must not use (mistranslations, synonyms). */
  readonly avoid: readonly string[];
}
