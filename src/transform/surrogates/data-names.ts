/**
 * Compact name lists for PERSON surrogates, mixing cultures (Africa, the Americas, Asia, Europe,
 * the Middle East). Every entry is also a given or family name of the detector's gazetteer
 * (src/detect/names/data) and neither a common word nor a place, so surrogates read, and are
 * detected, as names. "|"-joined, capitalised ASCII.
 */

/** Given names usually borne by women. */
export const FEMALE_FIRST_NAMES =
  'Ana|Anika|Aisha|Alejandra|Amelia|Anna|Aylin|Beatriz|Camille|Carmen|Chiara|Chloe|Claire|Daniela|Elena|' +
  'Emily|Emma|Esther|Folake|Freya|Gabriela|Grace|Hana|Hannah|Ines|Ingrid|Isabel|Jasmine|Julia|Kavya|' +
  'Keiko|Laila|Lara|Leila|Lucia|Mai|Maren|Marta|Maya|Meera|Mei|Mia|Nadia|Naomi|Nia|Nkechi|Noor|Olga|' +
  'Olivia|Paula|Priya|Rosa|Sakura|Samira|Sara|Sunita|Tamar|Valentina|Yara|Yuki|Zainab|Zara|Zofia|Ayesha|' +
  'Chioma|Leona|Ingeborg|Linh|Nour|Sienna|Tatiana|Ximena|Yasmin|Adaeze|Bianca|Lina|Elif|Farida|Lucy';

/** Given names usually borne by men. */
export const MALE_FIRST_NAMES =
  'Aarav|Adam|Ahmed|Alejandro|Ali|Amir|Andrei|Arjun|Ben|Bilal|Carlos|Chidi|Daniel|David|Diego|Dmitri|' +
  'Elias|Emeka|Erik|Ethan|Felix|Finn|Gabriel|Hamza|Hassan|Hiroshi|Ibrahim|Ivan|Jakob|James|Javier|Jonas|' +
  'Jorge|Juan|Kenji|Kofi|Kwame|Liam|Lucas|Luca|Marco|Mateo|Mehmet|Mohammed|Nikhil|Noah|Olumide|Omar|' +
  'Oscar|Pablo|Pedro|Rahul|Rafael|Ravi|Samuel|Sanjay|Sipho|Stefan|Tariq|Thomas|Tomas|Vikram|Wei|Yusuf|' +
  'Hugo|Kai|Mikhail|Nikolai|Rohan|Sebastian|Takumi|Tobias|Jamal|Kaito|Minh|Nathan|Reza|Andre';

/** Family names. */
export const LAST_NAMES =
  'Adeyemi|Agarwal|Alvarez|Andersen|Bakker|Banda|Bauer|Becker|Bianchi|Bose|Castillo|Chatterjee|Chen|' +
  'Cohen|Costa|Dubois|Eriksson|Fernandez|Ferrari|Fischer|Garcia|Gomez|Gupta|Haddad|Hansen|Hassan|Horvat|' +
  'Huang|Ibrahim|Ivanova|Jansen|Jensen|Kaur|Kim|Kowalski|Kumar|Larsen|Lee|Lindqvist|Lopez|Mahlangu|' +
  'Moreau|Morales|Nakamura|Novak|Nowak|Nguyen|Okafor|Okonkwo|Olsen|Ortiz|Park|Patel|Pereira|Petrov|' +
  'Popescu|Quispe|Rahman|Ramos|Reddy|Reyes|Rossi|Sato|Schmidt|Silva|Singh|Suzuki|Tanaka|Torres|Tran|' +
  'Vargas|Volkov|Wagner|Walker|Wang|Watanabe|Weber|Williams|Yamamoto|Yilmaz|Zhang|Zhou|Campbell|Dlamini|' +
  'Demir|Eze|Fontaine|Haugen|Jovanovic|Kapoor|Khalil|Mensah|Murphy|Nair|Osei|Papadopoulos|Rodriguez|' +
  'Santos|Takahashi|Varga|Ward|Hughes|Kelly|Lindberg|Moreno|Suarez|Ozturk|Afolabi|Achebe|Ahmed|' +
  'Gallagher|Nkosi|Lambert|Navarro|Smirnov|Kovacs';
