/**
 * Compact lists for LOCATION, ADDRESS and ORGANIZATION surrogates. Cities and countries are in
 * the detector's place gazetteer and are not also given or family names there; street names
 * are not words the street-address validator rejects; organisations are the fictitious
 * companies of software documentation, so a surrogate never names a real business.
 * "|"-joined.
 */

/** World cities. */
export const CITIES =
  'Accra|Amsterdam|Auckland|Bangalore|Barcelona|Bogota|Boston|Brisbane|Bristol|Buenos Aires|Cairo|' +
  'Calgary|Cape Town|Casablanca|Chennai|Chicago|Copenhagen|Dubai|Dublin|Durban|Edinburgh|Frankfurt|' +
  'Glasgow|Hamburg|Helsinki|Istanbul|Jakarta|Karachi|Kyoto|Lagos|Leeds|Lisbon|Lyon|Manchester|Manila|' +
  'Marseille|Melbourne|Montreal|Munich|Nairobi|Osaka|Oslo|Ottawa|Perth|Porto|Prague|Seattle|Seoul|' +
  'Stockholm|Toronto|Vancouver|Warsaw|Winnipeg|Zurich|Antwerp|Bordeaux|Hanoi|Kampala|Krakow|Lahore|' +
  'Quito|Rotterdam|Tunis|Brussels|Lausanne|Sapporo';

/** Countries. */
export const COUNTRIES =
  'Australia|Austria|Belgium|Brazil|Canada|Chile|Colombia|Denmark|Egypt|Finland|Germany|Ghana|Greece|' +
  'India|Indonesia|Italy|Japan|Malaysia|Mexico|Morocco|Netherlands|New Zealand|Nigeria|Norway|Peru|' +
  'Poland|Portugal|Singapore|South Africa|Spain|Sweden|Switzerland|Thailand|Turkey|Vietnam|Uruguay|' +
  'Croatia|Iceland|Tanzania';

/** US states as `Name:CODE`. */
export const US_STATES =
  'Alabama:AL|Alaska:AK|Arizona:AZ|Arkansas:AR|California:CA|Colorado:CO|Connecticut:CT|Delaware:DE|' +
  'Florida:FL|Georgia:GA|Hawaii:HI|Idaho:ID|Illinois:IL|Indiana:IN|Iowa:IA|Kansas:KS|Kentucky:KY|' +
  'Louisiana:LA|Maine:ME|Maryland:MD|Massachusetts:MA|Michigan:MI|Minnesota:MN|Mississippi:MS|' +
  'Missouri:MO|Montana:MT|Nebraska:NE|Nevada:NV|New Hampshire:NH|New Jersey:NJ|New Mexico:NM|' +
  'New York:NY|North Carolina:NC|North Dakota:ND|Ohio:OH|Oklahoma:OK|Oregon:OR|Pennsylvania:PA|' +
  'Rhode Island:RI|South Carolina:SC|South Dakota:SD|Tennessee:TN|Texas:TX|Utah:UT|Vermont:VT|' +
  'Virginia:VA|Washington:WA|West Virginia:WV|Wisconsin:WI|Wyoming:WY';

/** Street names (without the street type). */
export const STREET_NAMES =
  'Oak|Maple|Cedar|Elm|Willow|Birch|Pine|Walnut|Chestnut|Aspen|Hawthorn|Juniper|Magnolia|Sycamore|' +
  'Laurel|Holly|Meadow|Orchard|Brook|River|Lake|Spring|Harbor|Forest|Sunset|Highland|Mill|Church|' +
  'Station|Garden|Valley|Prospect|Franklin|Lincoln|Jefferson|Madison|Monroe|Adams|Jackson|Hamilton|' +
  'Clifton|Ashford|Fairview|Kingsley|Linden|Rosewood|Briar|Cypress|Dogwood|Foxglove';

/** Fictitious organisation names (without a legal-form suffix). */
export const ORGANIZATIONS =
  'Contoso|Fabrikam|Northwind Traders|Tailspin Toys|Wingtip Toys|Adventure Works|Litware|Proseware|' +
  'Woodgrove Bank|Alpine Ski House|Coho Winery|Lucerne Publishing|Trey Research|Wide World Importers|' +
  'Fourth Coffee|Blue Yonder Airlines|Humongous Insurance|Southridge Video|Tailwind Traders|Relecloud|' +
  'Consolidated Messenger|Bellows College|Lamna Healthcare|Fincher Architects|VanArsdel|Acme|Globex|' +
  'Initech|Vandelay Industries|Dunder Mifflin';
