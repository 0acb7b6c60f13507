/** Bit masks shared by the lexicon, the tokenizer and the rules (a leaf module: no imports). */

/** Lexicon bits. */
export const enum B {
  First = 1,
  Last = 2,
  /** A name that is also an ordinary English word ("Grace", "Hunter", "Will"). */
  NameWord = 4,
  Never = 8,
  /** A common English word that is not a name. */
  Word = 16,
  /** A one-word place. */
  Place = 32,
  /** First word of a multi-word place or organisation. */
  Head = 64,
  /** A one-word organisation. */
  Org = 128,
  Title = 256,
  OrgSuffix = 512,
  PlaceSuffix = 1024,
  Particle = 2048,
  LegalSuffix = 4096,
  PlacePrep = 8192,
  PersonPrep = 16384,
  Filler = 32768,
  Demonym = 65536,
  OrgHead = 131072,
  Connector = 262144,
  Calendar = 524288,
  /** A country, state or major city (a strong place on its own). */
  Major = 1048576,
  PlaceHead = 2097152,
  /** Last word of a cue phrase ("is" of "my name is"). */
  CueEnd = 4194304,
  /** A verb that follows a person ("said", "lives"). */
  HumanVerb = 8388608,
  /** "Jr", "III", "MD" after a name. */
  PostNominal = 16777216,
  /** A noun after a possessive name ("address" in "Sepi's address"). */
  Possession = 33554432,
  Determiner = 67108864,
  /** A street word ("Blvd", "Avenue"): addresses are not names or places here. */
  Street = 134217728,
  /** A word announcing an organisation ("reached", "calling" in "thanks for calling Acme"). */
  OrgPrep = 268435456,
}

