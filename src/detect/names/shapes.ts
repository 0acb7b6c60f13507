/**
 * Small hand-written word lists: the shapes of organisation and place names
 * (suffixes, heads), name particles, prepositions that announce a place or a
 * person, and the calendar words that are never names on their own.
 */

const w = (s: string): readonly string[] => s.trim().split(/\s+/);

/** Last word of an organisation name: abbreviated legal forms (usable even in lower-case text). */
export const LEGAL_SUFFIXES = w(`inc llc llp ltd plc corp gmbh sarl srl bv pty pvt`);

/** Legal forms that are also ordinary words: organisation suffixes only when capitalised. */
export const LEGAL_WORDS = w(`incorporated limited corporation company co ag sa sas spa nv oy lp`);

/** Last word of an organisation or venue name that is an organisation. */
export const ORG_SUFFIXES = w(`
  group holdings partners associates psychiatry counseling counselling therapy wellness practice bank bancorp banking university college institute school academy
  hospital clinic hotel hotels motel inn resort suites hostel restaurant restaurants cafe bistro grill
  brasserie trattoria ristorante taqueria cantina bar pub tavern brewery kitchen pizzeria pizza bakery
  diner steakhouse eatery salon barbershop barbers spa studio studios airlines airways insurance
  solutions systems technologies technology labs laboratories foundation agency association society
  club council ministry department office services consulting consultants capital ventures media
  entertainment records pharmaceuticals pharma motors industries enterprises international networks
  software apartments properties realty logistics trust church cathedral mosque synagogue union
  federation committee commission authority board bureau police constabulary court tribunal parliament
  government army navy corps pharmacy dental dentistry medical healthcare health care
  cinema cinemas cineplex theaters theatres imax shop store stores market supermarket boutique
  outlet dealership garage
`);

/** First word of "<Head> of <Name>" organisations ("University of Ghana", "Ministry of Health"). */
export const ORG_HEADS = w(`
  university bank ministry department court college institute school museum church embassy office bureau
  council board commission federation association society academy hospital house republic kingdom
  government secretary chamber league order center centre
`);

/** Last word of a venue or geographic name ("Shoe Box Theater", "Walnut Creek"). */
export const PLACE_SUFFIXES = w(`
  airport station terminal park square plaza mall center centre theater theatre playhouse stadium arena
  museum gallery zoo beach bridge lake river mountain mountains island islands bay valley county
  province village region cathedral castle tower garden gardens aquarium pier harbor harbour canyon
  falls hills heights springs creek forest desert peninsula coast auditorium amphitheater amphitheatre
  pavilion ballroom hall library observatory monument memorial hill city town
`);

/** First word of a place name followed by a capitalised word ("Lake Tahoe", "Fort Worth", "San Mateo"). */
export const PLACE_HEADS = w(`mount mt lake fort port saint st san santa los las isle cape`);

/** Lower-case words inside a personal name ("Vincent van Gogh", "Maria de la Cruz"). */
export const PARTICLES = w(`van von de da di du del della der den des la le ter ten dos das bin binti ibn al el abu bint`);

/** Lower-case words inside an organisation name ("Bank of America", "Procter and Gamble"). */
export const CONNECTORS = w(`of and for the de`);

/** Words right before a place ("flew to", "lives in"). */
export const PLACE_PREPS = w(`in from to at near into towards toward around outside across via visit visiting through reach leaving downtown`);

/** Words right before a person ("appointment with", "directed by", "Dear"). */
export const PERSON_PREPS = w(`
  with by dear hi hello hey thanks cc attn regards sincerely ask tell told meet met said says asked
  featuring starring stars feat ft
`);

/** Verbs right after a person ("Maslin said", "Walker began writing"). */
export const HUMAN_VERBS = w(`
  said says told asked shouted replied explained added noted stated argued wrote writes sang sings lives
  lived works worked spent began begins wants wanted thinks thought believes believed feels felt knows
  knew married died smiled laughed cried listed recorded performed starred directed called calls
  speaking calling
`);

/** Nouns after a possessive name: "Tihomila's address", "John's account". */
export const POSSESSIONS = w(`
  address account phone number email mail car house home wife husband son daughter mother father mom dad
  kid kids child children parents family brother sister friend friends boss office birthday name card
  order password room apartment flat desk team book song album novel version music band killers death
  funeral wedding grave case lawyer doctor
`);

/** After a name: generational suffixes and degrees ("Jr", "III", "MD", "PhD"). */
export const POST_NOMINALS = w(`jr sr ii iii iv md phd dds dmd esq lcsw lmft psyd msw rn np mba cpa lpc ma msc bsc mft lmhc lpcc`);

/** Street words: "81 Park Boulevard" is an address (another detector's), not a person or a place. */
export const STREETS = w(`street road rd avenue ave boulevard blvd lane ln drive terrace highway hwy parkway pkwy crescent alley`);

/** Words before an organisation: "you've reached Acme", "thanks for calling Acme", "welcome to Acme". */
export const ORG_PREPS = w(`reached calling welcome joined`);

/** After an organisation name: "Acme customer care", "Acme support". */
export const ORG_NOUNS = w(`customer customers support care team store stores app website site service services billing helpdesk`);

/** City, country and airport codes, recognised in capitals only ("LAX", "NYC", "SF"). */
export const PLACE_CODES = w(`
  la ny nyc sf dc uk us usa uae eu lax sfo jfk ord atl dfw sea las ewr bos iad dca phx iah msp dtw phl lga clt
  mia san slc pdx hnl yyz yvr yul lhr lgw cdg fra ams mad bcn fco dub zrh ist dxb doh sin hkg nrt hnd icn pek
  pvg syd mel bom del blr los acc nbo jnb gru mex oak sjc smf bur lgb sna ont
`);

/** US state and Canadian province codes, after "City," in an address line. */
export const REGION_CODES = w(`
  al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok
  or pa ri sc sd tn tx ut vt va wa wv wi wy dc on qc bc ab mb sk ns nb nl pe
`);

/** Determiners: "a Park", "the General", "my Baby" are not names. */
export const DETERMINERS = w(`a an the this that these those my your his her our their each every any some no another`);

/** Never a name on their own. */
export const CALENDAR = w(`
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec christmas easter thanksgiving halloween
`);

/** Languages and nationalities: capitalised but not names. */
export const DEMONYMS = w(`
  english spanish french german italian portuguese dutch russian chinese japanese korean vietnamese thai
  hindi arabic turkish polish greek swedish norwegian danish finnish czech hungarian romanian ukrainian
  hebrew persian urdu bengali tamil telugu punjabi swahili yoruba igbo hausa zulu xhosa afrikaans
  american british canadian mexican indian african european asian australian irish scottish welsh
  latino latina hispanic asian nigerian ghanaian kenyan brazilian argentinian colombian filipino
  pakistani bangladeshi egyptian moroccan israeli iranian iraqi saudi emirati cuban jamaican haitian
  catholic christian muslim jewish hindu buddhist sikh protestant orthodox baptist methodist mormon
`);

/** Fillers skipped between a cue and the name ("my name is uh Kwame"). */
export const FILLERS = w(`uh um er erm ah uhm hmm mm eh yeah yes so well oh`);

/** Titles before a name ("Mr. Mayers", "Dr Okafor"). */
export const TITLES = w(`mr mrs ms miss mister mx dr doctor prof professor sir madam madame dame lord lady rev reverend fr sr sra srta mme mlle herr frau judge justice officer detective sgt captain capt`);

/**
 * Endings typical of family names in many languages (Slavic, Georgian, Armenian,
 * Greek, Turkish, Nordic, Indian, Japanese): a capitalised unknown word with one
 * of them next to a given name is taken as a surname.
 */
export const SURNAME_ENDINGS = w(`
  ov ova ev eva ovich evich ovna evna ovic evic ski ska sky skiy skaya cki cka wicz czyk czak enko chuk yuk
  shvili dze ian yan oglu poulos poulou opoulos akis idis sson sen ssen berg stein mann feld baum ez oz
  escu eanu ovski evski iak
`);
