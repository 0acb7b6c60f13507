import { describe, expect, it } from 'vitest';
import { analyze, type Finding } from '../src/index.js';
import { createNameRecognizer } from '../src/detect/names/index.js';
import { decodeList, lexicon } from '../src/detect/names/lexicon.js';
import { B } from '../src/detect/names/bits.js';
import { foldString, hashWord } from '../src/detect/names/chars.js';
import { TextView } from '../src/detect/view.js';

type Kind = 'PERSON' | 'LOCATION' | 'ORGANIZATION';

const ALL = createNameRecognizer({ regions: ['US'], contextBefore: 48, contextAfter: 24, entities: new Set(['PERSON', 'LOCATION', 'ORGANIZATION']) })!;
const PERSON_ONLY = createNameRecognizer({ regions: ['US'], contextBefore: 48, contextAfter: 24, entities: new Set(['PERSON']) })!;

/** Raw findings of the recognizer (no overlap resolution: it must not produce overlaps itself). */
function scan(text: string, all = true): Finding[] {
  const out: Finding[] = [];
  (all ? ALL : PERSON_ONLY).scan(new TextView(text), out);
  return out;
}

/** "TYPE:text" for every finding at or above the default threshold, in text order. */
function found(text: string, minScore = 0.5): string[] {
  return scan(text)
    .filter((f) => f.score >= minScore)
    .sort((a, b) => a.start - b.start)
    .map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
}

function persons(text: string): string[] {
  return found(text).filter((s) => s.startsWith('PERSON:')).map((s) => s.slice('PERSON:'.length));
}

describe('PERSON: cues, any case', () => {
  const cases: [string, string[]][] = [
    ['my name is Dan', ['Dan']],
    ['Hi, my name is Priya Raghunathan and I need help', ['Priya Raghunathan']],
    ["yeah my name's kwame mensah", ['kwame mensah']],
    ['my names john smith i was calling about my bill', ['john smith']],
    ['my name is uh kofi boateng', ['kofi boateng']],
    ['hi this is adwoa calling from the clinic', ['adwoa']],
    ['this is mark calling about the order', ['mark']],
    ["you're speaking with Nguyen Thi Lan", ['Nguyen Thi Lan']],
    ['can i speak to chidi okafor please', ['chidi okafor']],
    ['They call me Mr. Mayers', ['Mr. Mayers']],
    ['mr. elliott flew to finnbogastaðir on friday morning.', ['mr. elliott']],
    ['Please correct it to Dr. Jacob van Gameren?', ['Dr. Jacob van Gameren']],
    ['There is a psychiatrist named Dr. Manuj K. Nangia you may want to try.', ['Dr. Manuj K. Nangia']],
    ["What's your last name? Boyle", ['Boyle']],
    ['Name: Jeremy Reyna\nPhone: 079 7602 9803', ['Jeremy Reyna']],
    ['My name is Kelly Halvari but everyone calls me Adlan', ['Kelly Halvari', 'Adlan']],
    ['I want to remove my son Tadzio from the account', ['Tadzio']],
    ["I'm Jane's daughter", ['Jane']],
    ['yeah hi my name is adebayo ogunleye', ['adebayo ogunleye']],
    ['this is Nguyen Van Minh speaking', ['Nguyen Van Minh']],
    ['I spoke with Ms. Chatterjee yesterday', ['Ms. Chatterjee']],
    ['Please ask for Kim Min-jun at the front desk', ['Kim Min-jun']],
    ['ok so its priya here', ['priya']],
    ['i need to talk to chidi about it', ['chidi']],
    ['thanks ama, bye', ['ama']],
    ['My colleague Oluwaseun will call you back', ['Oluwaseun']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('PERSON: gazetteers and shapes in cased text', () => {
  const cases: [string, string[]][] = [
    ['John Oliver is a comedian.', ['John Oliver']],
    ['Richard Milhous Nixon', ['Richard Milhous Nixon']],
    ['Dan May has a bank account.', ['Dan May']],
    ['Account has been pulled up for Crystal Minh.', ['Crystal Minh']],
    ['What is your membership level Crystal Minh? Thanks Crystal', ['Crystal Minh', 'Crystal']],
    ['Making an appointment on March 11th with Auer Patience.', ['Auer Patience']],
    ['How about Banner Linda L, who is a Family counselor located in San Jose?', ['Banner Linda L']],
    ['You can try a Psychologist called Adam E. Pollock.', ['Adam E. Pollock']],
    ['I enjoy music by Taylor Swift and Kwabena Asante.', ['Taylor Swift', 'Kwabena Asante']],
    ['Please transfer $44 to Amelia from my balance', ['Amelia']],
    ['Wei Zhang and Minh Tran will join the call', ['Wei Zhang', 'Minh Tran']],
    ['The report was filed by Oluwaseun Adeyemi yesterday.', ['Oluwaseun Adeyemi']],
    ['Marianne Jean-Baptiste stars in it', ['Marianne Jean-Baptiste']],
    ['Paul van der Voet points out that most are horrible.', ['Paul van der Voet']],
    ['Is there a better crafted pop song? Lamovec and Morales were precision engineers.', ['Lamovec', 'Morales']],
    ['They had 6: Efimiya, Mary, Ariana, Isabel, Teresa and Jodi.', ['Efimiya', 'Mary', 'Ariana', 'Isabel', 'Teresa', 'Jodi']],
    ['As promised, here is Tihomila\'s address', ['Tihomila']],
    ['"Don\'t feed me planned obsolescence," says Cettina Fanucci.', ['Cettina Fanucci']],
    ['Leslie Baker MA is a family counselor in Pleasanton.', ['Leslie Baker MA']],
    ['The account belongs to Zhang Wei.', ['Zhang Wei']],
    ['Jordan called about the invoice', ['Jordan']],
    ['Yes, this is Keiko Moreno.', ['Keiko Moreno']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('PERSON: lower-case and all-caps text without cues', () => {
  const cases: [string, string[]][] = [
    ['olga krylova was sentenced to life in prison', ['olga krylova']],
    ['follow up with patricia desrosiers in a couple of months.', ['patricia desrosiers']],
    ['they had 6: silvana, adam, christopher, kristina, chad and caleb.', ['silvana', 'adam', 'christopher', 'kristina', 'chad', 'caleb']],
    ["i'm so jealous! said william to christina", ['william', 'christina']],
    ['CUSTOMER JOHN SMITH REQUESTED A REFUND FOR ORDER', ['JOHN SMITH']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('not PERSON: decoys', () => {
  const decoys = [
    'May I help you with anything else?',
    'Will you be paying by card today?',
    'Can you confirm the address please',
    'Grant access to the shared folder.',
    'Bill me at the end of the month.',
    'Mark the ticket as resolved.',
    'Hope that helps! Have a great day.',
    'i hope you have faith in the process',
    'yeah i will mark it and bill you later',
    'the rose bush and the grant money',
    'We are open Monday to Friday, 9am to 5pm, from January to August.',
    'I ordered the iPhone 15 Pro and an Apple Watch.',
    'Sure, I can do that. Thanks for waiting.',
    'My IBAN is GB10LORI20288482594042',
    'Of The 70s You\'re Supposed To Hate (But Secretly Love)',
    'Fahrenheit and Celsius are both fine.',
    'I want to speak to a manager',
    "I'm fine thanks, I'm calling about my order",
    'this is great, my name is not important',
    'Excuse me, Sir bot, but I really don\'t like this tone',
  ];
  it.each(decoys)('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('LOCATION', () => {
  const cases: [string, string[]][] = [
    ['I want to go to San Jose tomorrow', ['LOCATION:San Jose']],
    ['She moved from Accra to Kumasi last year.', ['LOCATION:Accra', 'LOCATION:Kumasi']],
    ['i live in new york and work in brooklyn', ['LOCATION:new york', 'LOCATION:brooklyn']],
    ['Ms. Jones flew to Bessastaðahreppur on Saturday morning.', ['PERSON:Ms. Jones', 'LOCATION:Bessastaðahreppur']],
    ['The event is at Shoe Box Theater near Walnut Creek', ['LOCATION:Shoe Box Theater', 'LOCATION:Walnut Creek']],
    ['Our offices are in Germany, India and Nigeria.', ['LOCATION:Germany', 'LOCATION:India', 'LOCATION:Nigeria']],
    ['Pick me up at LAX International Airport', ['LOCATION:LAX International Airport']],
    ['We will ship it to Jordan next week', ['LOCATION:Jordan']],
    ['81 Park Boulevard, Columbus, OH 58188.', ['LOCATION:Columbus, OH']],
    ['Book a hotel in Seattle, WA or in Paris, France', ['LOCATION:Seattle, WA', 'LOCATION:Paris, France']],
    ['I want to go to New York next week, or LA', ['LOCATION:New York', 'LOCATION:LA']],
    ['Can you send it to thompson.mateo8@icloud.com instead?', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(found(text).filter((s) => !s.startsWith('ORGANIZATION:'))).toEqual(expected);
  });
});

describe('ORGANIZATION', () => {
  const cases: [string, string[]][] = [
    ['I work for Acme Widgets Inc. in Ohio', ['ORGANIZATION:Acme Widgets Inc.', 'LOCATION:Ohio']],
    ['selma is from stillwater supercomputing inc.', ['ORGANIZATION:stillwater supercomputing inc.']],
    ['Asya spent a year at Allstate Insurance Group as an assistant', ['ORGANIZATION:Allstate Insurance Group']],
    ['She studied at the University of Ghana', ['ORGANIZATION:University of Ghana']],
    ['We booked the Glen View Apartments', ['ORGANIZATION:Glen View Apartments']],
    ['He spent a year at Jones, Mitchell and Williams', ['ORGANIZATION:Jones, Mitchell and Williams']],
    ['I have an account with Bank of America and PayPal', ['ORGANIZATION:Bank of America', 'ORGANIZATION:PayPal']],
    ["Hi, you've reached Zentrova customer care. My name is Linda.", ['ORGANIZATION:Zentrova']],
    ['Thank you for calling Zentrova, Keiko. Have a great day!', ['ORGANIZATION:Zentrova']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(found(text).filter((s) => !s.startsWith('PERSON:'))).toEqual(expected);
  });
});

describe('findings', () => {
  const texts = [
    'Hi, my name is Priya Raghunathan from Bank of America in San Francisco. Mr. Okafor and Dr. Wei Zhang are here.',
    'olga krylova, john smith and kwame mensah flew to new york with Acme Corp',
    'Mr. Mr. Mr. Dr. Dr. the the Inc Inc. LLC',
    '',
    '   \n\n  ',
    'A. B. C. D. E. F. G.',
    "O'Brien-Smith's d'Angelo McDonald's",
  ];
  it.each(texts)('do not overlap and lie inside the text: %j', (text) => {
    const out = scan(text).sort((a, b) => a.start - b.start);
    for (let i = 0; i < out.length; i++) {
      const f = out[i]!;
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.score).toBeGreaterThanOrEqual(0.4);
      expect(f.score).toBeLessThanOrEqual(1);
      if (i > 0) expect(f.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
    }
  });

  it('strong evidence scores at least 0.85, weak evidence less', () => {
    const strong = scan('my name is Kwame Mensah');
    expect(strong).toHaveLength(1);
    expect(strong[0]!.score).toBeGreaterThanOrEqual(0.85);
    const weak = scan('The order for Grace is ready');
    expect(weak).toHaveLength(1);
    expect(weak[0]!.score).toBeLessThan(0.85);
  });

  it('only the enabled types are reported', () => {
    const text = 'Priya Raghunathan works at Acme Inc. in London';
    expect(scan(text, false).map((f) => f.type)).toEqual(['PERSON']);
    expect(createNameRecognizer({ regions: ['US'], contextBefore: 48, contextAfter: 24, entities: new Set(['EMAIL']) })).toBeUndefined();
  });

  it('are reported through analyze(), one per span', () => {
    const text = 'Hi, this is Priya Raghunathan calling from Acme Widgets Inc. in London.';
    const f = analyze(text, { entities: ['PERSON', 'LOCATION', 'ORGANIZATION'] });
    expect(f.map((x) => `${x.type}:${text.slice(x.start, x.end)}`)).toEqual([
      'PERSON:Priya Raghunathan',
      'ORGANIZATION:Acme Widgets Inc.',
      'LOCATION:London',
    ]);
  });

  it('runs in linear time on adversarial input', () => {
    const parts = ['Mr. ', 'van ', 'de ', 'Kwame ', 'Inc ', 'of ', 'and ', ', ', 'my name is ', 'A. ', 'Raghunathan '];
    const make = (size: number): string => {
      let text = '';
      for (let i = 0; text.length < size; i++) text += parts[(i * 7) % parts.length];
      return text;
    };
    const cpu = (text: string): number => {
      const u0 = process.cpuUsage();
      scan(text);
      const u = process.cpuUsage(u0);
      return (u.user + u.system) / 1000;
    };
    cpu(make(10_000)); // warm up
    // a quadratic pass would take minutes on 400k characters
    expect(cpu(make(400_000))).toBeLessThan(5000);
  });
});

describe('lexicon', () => {
  it('folds accents and case the same way for tokens and entries', () => {
    expect(foldString('José Ñúñez Łukasz Øster Straße')).toBe('jose nunez lukasz oster strasse');
    expect(hashWord('JOSÉ')).toBe(hashWord('jose'));
    expect(hashWord('Nguyễn')).toBe(hashWord('nguyen'));
    expect(hashWord('jose')).not.toBe(hashWord('josa'));
  });

  it('knows non-Anglo names and marks names that are common words', () => {
    const lex = lexicon();
    for (const name of ['kwame', 'priya', 'oluwaseun', 'chidi', 'minh', 'jose', 'mohammed', 'wei', 'hiroshi']) {
      expect(lex.lookupWord(name) & B.First, name).not.toBe(0);
    }
    for (const name of ['mensah', 'raghunathan', 'okafor', 'nguyen', 'zhang', 'kowalski', 'ivanova']) {
      expect(lex.lookupWord(name) & B.Last, name).not.toBe(0);
    }
    for (const word of ['grace', 'hunter', 'rose', 'mark', 'bill']) expect(lex.lookupWord(word) & B.NameWord, word).not.toBe(0);
    expect(lex.lookupWord('the') & (B.First | B.Last)).toBe(0);
    expect(lex.inflectedWord('markets')).toBe(true);
    expect(lex.inflectedWord('Bookings')).toBe(true);
    expect(lex.inflectedWord('parties')).toBe(true);
    expect(lex.inflectedWord('Raghunathans')).toBe(false);
  });

  it('decodes front-coded lists', () => {
    expect(decodeList('AabbotDeyCc')).toEqual(['abbot', 'abbey', 'abc']);
    expect(decodeList('')).toEqual([]);
  });
});
