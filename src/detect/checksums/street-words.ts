/**
 * Word lists for street-address validation: street-type words (as patterns/address.json
 * spells them, lower-cased), compass directions, and ordinary words that never form part
 * of a street name.
 */

/** Street-type words and abbreviations, lower-case, without a trailing period. */
export const STREET_TYPES: ReadonlySet<string> = new Set([
  'street', 'avenue', 'road', 'boulevard', 'lane', 'drive', 'court', 'way', 'place', 'terrace', 'trail', 'parkway', 'highway',
  'freeway', 'expressway', 'circle', 'crescent', 'close', 'square', 'plaza', 'loop', 'alley', 'row', 'walk', 'path', 'pike',
  'turnpike', 'mews', 'gardens', 'grove', 'heights', 'hill', 'park', 'parade', 'esplanade', 'quay', 'wharf', 'green', 'gate',
  'rise', 'ridge', 'crossing', 'landing', 'creek', 'isle', 'mall', 'common', 'commons', 'yard', 'causeway', 'real', 'broadway',
  'strand', 'embankment', 'promenade', 'hollow', 'glen', 'meadows', 'marg', 'cove', 'bend',
  'st', 'str', 'ave', 'av', 'rd', 'blvd', 'ln', 'dr', 'ct', 'pl', 'ter', 'trl', 'pkwy', 'hwy', 'fwy', 'expy', 'cir', 'cres', 'sq',
  'plz', 'aly', 'hts', 'pk', 'cswy', 'alameda', 'embarcadero',
]);

/**
 * Street types that are also everyday words ("3 Central Park tickets", "2 Queen's Gate passes"):
 * a name ending in one of them stays a weak candidate, reported with address context.
 */
export const WEAK_STREET_TYPES: ReadonlySet<string> = new Set([
  'park', 'green', 'gate', 'hill', 'mall', 'common', 'commons', 'yard', 'row', 'walk', 'path', 'rise', 'isle', 'creek', 'ridge',
  'glen', 'hollow', 'bend', 'cove', 'landing', 'crossing', 'heights', 'strand', 'real', 'pk',
]);

/** Compass directions that may stand before or after a street name. */
export const DIRECTIONS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'ne', 'nw', 'se', 'sw', 'n', 's', 'e', 'w',
]);

/**
 * Function words, pronouns and quantities: a "name" holding one is a phrase of prose
 * ("2 tickets at Main Street", "3 of the park"), not a street name.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'or', 'but', 'at', 'on', 'in', 'into', 'to', 'for', 'from', 'with', 'by', 'near', 'off', 'of', 'the', 'is', 'are',
  'was', 'were', 'be', 'been', 'it', 'its', 'i', 'me', 'my', 'you', 'your', 'we', 'our', 'us', 'they', 'their', 'them', 'he', 'his',
  'she', 'her', 'this', 'that', 'these', 'those', 'there', 'here', 'more', 'less', 'other', 'another', 'same', 'different', 'each',
  'every', 'all', 'some', 'any', 'few', 'many', 'much', 'per', 'than', 'then', 'not', 'no', 'yes', 'please', 'have', 'has', 'had',
  'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'am', 'pm', 'minutes', 'hours', 'days', 'weeks', 'months', 'years',
  'people', 'persons', 'tickets', 'seats', 'rooms', 'times', 'items', 'dollars', 'bucks', 'miles', 'blocks', 'stops', 'nights',
]);
