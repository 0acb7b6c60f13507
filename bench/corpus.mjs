#!/usr/bin/env node
/**
 * Deterministic synthetic contact-center corpus for the benchmark.
 *
 *   node bench/corpus.mjs [--size MB] [--seed N] > calls.jsonl
 *
 * One JSON object per line: a call with metadata (ids, timestamps, agent,
 * queue, customer name/email/phone/account fields) and 10-60 turns of
 * agent/customer dialogue. Most turns are plain talk (greetings, problem
 * descriptions, hold messages, prices, order numbers, times, dates,
 * quantities); personal data is sprinkled in at roughly the rate of real
 * support calls: names, phones in many formats, emails, card numbers, SSNs,
 * addresses, account numbers, some spoken digits. Every value is made up from
 * the word lists below with a seeded PRNG (same seed and size, same bytes).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** sfc32 seeded through splitmix32: small, fast, good enough for test data. */
export function createRng(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const rng = {
    /** Uniform in [0, 1). */
    next,
    /** Integer in [lo, hi]. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    digits: (n) => {
      let out = '';
      for (let i = 0; i < n; i++) out += String(Math.floor(next() * 10));
      return out;
    },
  };
  return rng;
}

// ---------------------------------------------------------------- word lists
const FIRST = [
  'Maria', 'James', 'Priya', 'Daniel', 'Aisha', 'Tom', 'Chen', 'Sofia', 'Luis', 'Emily', 'Mohammed', 'Grace',
  'Olivia', 'Noah', 'Fatima', 'Liam', 'Hannah', 'Diego', 'Keiko', 'Samuel', 'Zoë', 'José', 'Ana', 'Robert',
  'Linda', 'Michael', 'Patricia', 'David', 'Jennifer', 'William', 'Elizabeth', 'Kwame', 'Ngozi', 'Ivan', 'Olga',
  'Raj', 'Meera', 'Connor', 'Siobhan', 'Mateo', 'Camila', 'Yuki', 'Hiro', 'Amara', 'Tariq', 'Leila', 'Björn',
  'Astrid', 'Pierre', 'Amélie', 'Giulia', 'Marco', 'Dana', 'Chris', 'Jordan', 'Taylor', 'Morgan', 'Casey',
];
const LAST = [
  'Gonzalez', 'Smith', 'Raghunathan', 'Okafor', 'Nguyen', 'Kowalski', 'Whitfield', 'Johnson', 'Garcia', 'Brown',
  'Martinez', 'Lee', 'Patel', 'Kim', 'Hernandez', "O'Brien", 'Schmidt', 'Rossi', 'Dubois', 'Tanaka', 'Ivanova',
  'Mensah', 'Haddad', 'Fischer', 'Andersson', 'Murphy', 'Walsh', 'Costa', 'Silva', 'Chen', 'Wang', 'Singh',
  'Khan', 'Ali', 'Moreno', 'Romero', 'Cohen', 'Levy', 'Novak', 'Horvat', 'MacDonald', 'Thompson', 'Baker',
];
const STREETS = ['Oak', 'Maple', 'Main', 'Cedar', 'Pine', 'Elm', 'Washington', 'Lake', 'Hill', 'Park', 'Sunset', 'River', '1st', '2nd', '5th'];
const STREET_KIND = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Drive', 'Dr', 'Court'];
const CITIES = [
  ['Springfield', 'IL'], ['San Mateo', 'CA'], ['Austin', 'TX'], ['Portland', 'OR'], ['Columbus', 'OH'], ['Denver', 'CO'],
  ['Raleigh', 'NC'], ['Tampa', 'FL'], ['Boise', 'ID'], ['Madison', 'WI'], ['Albany', 'NY'], ['Phoenix', 'AZ'],
];
const MAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'example.com', 'company.org', 'mail.net'];
const QUEUES = ['billing', 'support', 'returns', 'sales', 'retention', 'technical', 'shipping', 'fraud'];
const CHANNELS = ['voice', 'voice', 'voice', 'chat', 'chat', 'callback'];
const PRODUCTS = [
  'router', 'laptop', 'phone case', 'headphones', 'coffee maker', 'jacket', 'pair of jeans', 'smart watch',
  'printer', 'blender', 'monitor', 'keyboard', 'subscription', 'gift card', 'running shoes', 'vacuum',
];
const ISSUES = [
  'I was charged twice for my last order',
  "my package says delivered but it's not here",
  'the item arrived damaged',
  "I can't log in to my account",
  'I want to cancel my subscription',
  'the internet keeps dropping every evening',
  'I got the wrong size',
  'my refund has not shown up yet',
  'I need to change my delivery address',
  'the promo code did not apply at checkout',
  "the app crashes when I open my orders",
  'I was billed after I cancelled',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SPOKEN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

// ------------------------------------------------------------ value makers
/** Luhn check digit for a digit string. */
function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function makers(rng, spoken = true) {
  const name = () => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
  const areaCode = () => `${rng.int(2, 9)}${rng.digits(2)}`;
  const phone = () => {
    const a = areaCode();
    const b = `${rng.int(2, 9)}${rng.digits(2)}`;
    const c = rng.digits(4);
    switch (rng.int(0, 8)) {
      case 0: return `(${a}) ${b}-${c}`;
      case 1: return `${a}-${b}-${c}`;
      case 2: return `${a}.${b}.${c}`;
      case 3: return `${a}${b}${c}`;
      case 4: return `+1 ${a} ${b} ${c}`;
      case 5: return `1-${a}-${b}-${c}`;
      case 6: return `+44 20 7946 0${rng.digits(3)}`;
      case 7: return `${a} ${b} ${c}`;
      default: return `+1 (${a}) ${b}-${c}`;
    }
  };
  // with spoken: false, numbers a caller would read out are written instead (same draws, same corpus otherwise)
  const spokenDigits = (digits) => {
    const said = [...digits].map((d) => (d === '0' && rng.chance(0.5) ? 'oh' : SPOKEN[+d])).join(' ');
    return spoken ? said : digits;
  };
  const email = (n = name()) => {
    const [f, l] = n.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').split(' ');
    const local = rng.pick([`${f}.${l}`, `${f[0]}${l}${rng.int(1, 99)}`, `${f}${l}`, `${f}_${l}`, `${l}.${f}${rng.int(1, 9)}`]);
    return `${local}@${rng.pick(MAIL_DOMAINS)}`;
  };
  const card = () => {
    const amex = rng.chance(0.15);
    const body = amex ? `3${rng.pick(['4', '7'])}${rng.digits(12)}` : `${rng.pick(['4', '51', '52', '55', '6011'])}`;
    const full = amex ? body + luhnDigit(body) : (() => {
      const b = body + rng.digits(15 - body.length);
      return b + luhnDigit(b);
    })();
    if (amex) return rng.chance(0.5) ? `${full.slice(0, 4)} ${full.slice(4, 10)} ${full.slice(10)}` : full;
    return rng.pick([full.replace(/(\d{4})(?=\d)/g, '$1 '), full.replace(/(\d{4})(?=\d)/g, '$1-'), full]);
  };
  const ssn = () => {
    let area = rng.int(1, 899);
    if (area === 666) area = 667;
    const s = `${String(area).padStart(3, '0')}-${String(rng.int(1, 99)).padStart(2, '0')}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
    return rng.chance(0.3) ? s.replace(/-/g, rng.pick([' ', ''])) : s;
  };
  const city = () => rng.pick(CITIES);
  const zip = () => String(rng.int(10001, 99950));
  const address = () => {
    const [c, st] = city();
    const apt = rng.chance(0.25) ? `, apt ${rng.int(1, 40)}${rng.pick(['', 'B', 'C'])}` : '';
    return `${rng.int(1, 9999)} ${rng.pick(STREETS)} ${rng.pick(STREET_KIND)}${apt}, ${c}, ${st} ${zip()}`;
  };
  const account = () => rng.pick([`${rng.digits(10)}`, `ACC-${rng.digits(8)}`, `${rng.digits(4)}-${rng.digits(6)}`]);
  const orderNo = () => rng.pick([
    `${rng.digits(3)}-${rng.digits(7)}-${rng.digits(7)}`, `#${rng.digits(6)}`, `ORD-2024-${rng.digits(5)}`,
    `${rng.digits(8)}`, `A${rng.digits(5)}`,
  ]);
  const price = () => rng.pick([`$${rng.int(5, 499)}.${rng.pick(['99', '00', '49', '95'])}`, `${rng.int(10, 300)} dollars`, `$${rng.int(1, 2000)}`]);
  const time = () => rng.pick([`${rng.int(1, 12)}:${rng.pick(['00', '15', '30', '45', '05'])} ${rng.pick(['am', 'pm', 'AM', 'PM'])}`,
    `${rng.int(7, 21)}:${rng.pick(['00', '30'])}`, `around ${rng.int(1, 11)}`]);
  const date = () => rng.pick([
    `${rng.pick(MONTHS)} ${rng.int(1, 28)}${rng.pick(['', 'th', ''])}`, `${rng.int(1, 12)}/${rng.int(1, 28)}/${rng.pick(['2023', '2024', '24'])}`,
    `last ${rng.pick(WEEKDAYS)}`, `${rng.pick(WEEKDAYS)}`, `the ${rng.int(2, 28)}th`,
  ]);
  const dob = () => rng.pick([`${rng.int(1, 12)}/${rng.int(1, 28)}/${rng.int(1940, 2004)}`, `${rng.pick(MONTHS)} ${rng.int(1, 28)}, ${rng.int(1940, 2004)}`]);
  const digits4 = () => rng.digits(4);
  return { spoken, name, phone, spokenDigits, email, card, ssn, city, zip, address, account, orderNo, price, time, date, dob, digits4 };
}

// ------------------------------------------------------------- dialogue
const capitalize = (s) => s[0].toUpperCase() + s.slice(1);

/**
 * Builds one call. `stats` counts the personal values written into turns, by type
 * (metadata fields are not counted: they are all personal by construction).
 */
function makeCall(rng, m, index, stats) {
  const count = (type) => stats.set(type, (stats.get(type) ?? 0) + 1);
  const cust = m.name();
  const custFirst = cust.split(' ')[0];
  const agentFirst = rng.pick(FIRST);
  const custEmail = m.email(cust);
  const custPhone = m.phone();
  const acct = m.account();
  const product = rng.pick(PRODUCTS);
  const queue = rng.pick(QUEUES);
  const start = Date.UTC(2024, 0, 1) + rng.int(0, 364 * 86400) * 1000;
  const nTurns = rng.int(10, 60);
  const turns = [];
  let clock = 0;
  const say = (speaker, text) => {
    clock += rng.int(2, 25) + text.length / 15;
    const mm = Math.floor(clock / 60);
    turns.push({ speaker, ts: `${String(mm).padStart(2, '0')}:${(clock % 60).toFixed(1).padStart(4, '0')}`, text });
  };
  const A = (t) => say('agent', t);
  const C = (t) => say('customer', t);

  A(rng.pick([
    `Thank you for calling Acme ${queue}, this is ${agentFirst}, how can I help you today?`,
    `Hi, you've reached Acme customer care. My name is ${agentFirst}. What can I do for you?`,
    'Good afternoon, thanks for holding. How can I help?',
    `Hello and welcome to Acme, ${agentFirst} speaking.`,
  ]));
  C(rng.pick(['Hi, yes, thanks.', 'Hello.', 'Hi there, I hope you can help me.', 'Yeah hi.']) + ` ${capitalize(rng.pick(ISSUES))}.`);
  A(rng.pick(['I can help with that. Can I get your full name please?', "I'm sorry to hear that. May I have the name on the account?",
    'Sure, let me pull up your account. Who am I speaking with?']));
  if (rng.chance(0.85)) {
    C(rng.pick([`It's ${cust}.`, `${cust}.`, `My name is ${cust}.`, `Yes, this is ${cust}.`]));
    count('PERSON');
  } else C("It's under my husband's name actually.");
  A(`Thank you${rng.chance(0.6) ? `, ${custFirst}` : ''}. And to verify, ${rng.pick([
    'what is the phone number on the account?', 'can you confirm your email address?', 'can you give me the account number?',
    'can I have your date of birth?', 'what is the billing zip code?'])}`);
  const verify = turns[turns.length - 1].text;
  if (verify.includes('phone')) {
    if (rng.chance(0.2)) C(`Sure, it's ${m.spokenDigits(custPhone.replace(/\D/g, '').slice(-10))}.`);
    else C(`It's ${custPhone}.`);
    count('PHONE');
  } else if (verify.includes('email')) {
    if (rng.chance(0.15)) C(`It's ${m.spoken ? custEmail.replace('@', ' at ').replace(/\./g, ' dot ') : custEmail}.`);
    else C(`Yes, ${custEmail}.`);
    count('EMAIL');
  } else if (verify.includes('account')) {
    C(`Let me check, it's ${acct}.`);
    count('ACCOUNT_NUMBER');
  } else if (verify.includes('birth')) {
    C(`${m.dob()}.`);
    count('DATE');
  } else {
    if (rng.chance(0.3)) C(`${m.spokenDigits(m.zip())}.`);
    else C(`It's ${m.zip()}.`);
    count('POSTAL_CODE');
  }
  A(rng.pick(['Perfect, thank you.', 'Great, I have your account here.', 'Thanks, give me one moment while I pull that up.']));

  const body = [
    () => { A(`I see an order for a ${product}, order number ${m.orderNo()}, placed on ${m.date()}. Is that the one?`); C(rng.pick(['Yes, that one.', 'Yeah.', 'No, the other one.'])); },
    () => { A(`It shows a charge of ${m.price()} on ${m.date()} and another for ${m.price()}.`); C('Right, I only ordered it once.'); },
    () => { A(rng.pick(['Let me put you on a brief hold while I check with my team.', 'Can you hold for about 2 minutes?', 'One moment please, the system is slow today.'])); C(rng.pick(['Sure.', 'OK, no problem.', 'Fine.'])); A('Thank you for holding.'); },
    () => { C(`It was supposed to arrive by ${m.date()} but tracking still says in transit.`); A(`I can see it left the warehouse at ${m.time()} on ${m.date()}.`); },
    () => { C(`I bought ${rng.int(2, 5)} of them and only ${rng.int(1, 2)} arrived.`); A('I apologize for that, let me look into it.'); },
    () => { A(`I can offer a refund of ${m.price()} or a replacement that ships in ${rng.int(2, 7)} to ${rng.int(8, 12)} business days.`); C(rng.pick(['The refund please.', "I'd rather have the replacement.", 'Can I think about it?'])); },
    () => { C(`Can you call me back at ${m.phone()} if we get disconnected?`); count('PHONE'); A('Of course, I have that noted.'); },
    () => { A('Which card would you like the refund on?'); if (rng.chance(0.5)) { C(`The one ending in ${m.digits4()}.`); } else { C(`The Visa, ${m.card()}, expires ${rng.int(1, 12)}/${rng.int(25, 30)}.`); count('CREDIT_CARD'); } },
    () => { A('Can you confirm the shipping address?'); C(`${m.address()}.`); count('ADDRESS'); },
    () => { A('For security I need the last four of your social.'); C(`${rng.digits(4)}.`); },
    () => { if (rng.chance(0.3)) { C(`For the tax form, my social is ${m.ssn()}.`); count('US_SSN'); } else C('I already gave that to the last agent.'); A('Thank you, I have updated the record.'); },
    () => { C(`Can you send the confirmation to ${m.email()} instead?`); count('EMAIL'); A('Sure, I have updated the email for this ticket.'); },
    () => { A(`Your case number is ${rng.digits(8)}. The ticket was opened at ${m.time()}.`); C('Got it, thanks.'); },
    () => { C(`My ${rng.pick(['wife', 'son', 'daughter', 'husband'])} ${rng.pick(FIRST)} placed the order, does that matter?`); count('PERSON'); A('No, that is fine as long as it is on your account.'); },
    () => { A(`The store manager ${m.name()} will follow up by ${m.date()}.`); count('PERSON'); C('OK.'); },
    () => { C(rng.pick(['It keeps happening around 10:30 every night.', 'I restarted it 3 times already.', 'The light is blinking orange.', 'I tried the steps on the website.'])); A(rng.pick(['Let me run a line test.', 'Okay, that helps.', 'I understand how frustrating that is.'])); },
    () => { A(`Your account number for reference is ${acct}.`); count('ACCOUNT_NUMBER'); C('Let me write that down.'); },
    () => { C(`The total was ${m.price()} with ${rng.int(5, 20)}% off, so it should be ${m.price()}.`); A('You are right, I will correct it.'); },
    () => { A(`We are open ${rng.pick(WEEKDAYS)} through ${rng.pick(WEEKDAYS)}, ${rng.int(7, 9)} am to ${rng.int(5, 9)} pm.`); C('Good to know.'); },
    () => { C(`Is there a store near ${m.city()[0]}?`); count('LOCATION'); A(`Yes, there is one about ${rng.int(2, 15)} miles from you.`); },
  ];
  while (turns.length + 6 <= nTurns) rng.pick(body)(); // room for a body step (up to 3 turns) and the closing 3
  A(rng.pick(['Is there anything else I can help you with today?', 'Anything else?', 'Was there anything else?']));
  C(rng.pick(['No, that is all, thank you.', "That's it, thanks for your help.", 'Nope, have a good day.']));
  A(rng.pick([`Thank you for calling Acme, ${custFirst}. Have a great day!`, 'Thanks for calling, goodbye.', 'Take care, bye.']));

  return {
    call_id: `C-${String(100000 + index)}`,
    started_at: new Date(start).toISOString(),
    ended_at: new Date(start + Math.round(clock * 1000)).toISOString(),
    duration_s: Math.round(clock),
    channel: rng.pick(CHANNELS),
    queue,
    agent: { id: `AG-${rng.int(1000, 1999)}`, name: `${agentFirst} ${rng.pick(LAST)}`, site: rng.pick(['Austin', 'Manila', 'Dublin', 'Pune']) },
    customer: {
      name: cust,
      email: custEmail,
      phone: custPhone,
      account_number: acct,
      customer_since: `${rng.int(2008, 2023)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      tier: rng.pick(['bronze', 'silver', 'gold', 'platinum']),
    },
    disposition: rng.pick(['resolved', 'escalated', 'callback', 'refund_issued', 'transferred']),
    tags: [rng.pick(QUEUES), rng.pick(['refund', 'delivery', 'login', 'billing', 'hardware', 'cancel'])],
    csat: rng.chance(0.4) ? rng.int(1, 5) : null,
    turns,
  };
}

/**
 * Generates JSONL lines until their UTF-8 size reaches `sizeMB` megabytes (10^6 bytes).
 * Returns the lines (without newlines), their total bytes and the personal values written into turns, by type.
 */
export function generateCorpus({ sizeMB = 20, seed = 20240601, spoken = true } = {}) {
  const rng = createRng(seed);
  const m = makers(rng, spoken);
  const target = sizeMB * 1e6;
  const lines = [];
  const stats = new Map();
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const line = JSON.stringify(makeCall(rng, m, i, stats));
    lines.push(line);
    bytes += Buffer.byteLength(line, 'utf8') + 1;
  }
  return { lines, bytes, injected: Object.fromEntries([...stats].sort()) };
}

/**
 * Writes the same corpus to `path` line by line until the file holds at least `sizeMB`
 * megabytes, in bounded memory (for the 500 MB pipeline benchmark). Returns { bytes, records }.
 */
export function writeCorpus({ path, sizeMB = 500, seed = 20240601 }) {
  const rng = createRng(seed);
  const m = makers(rng);
  const target = sizeMB * 1e6;
  const stats = new Map();
  const fd = openSync(path, 'w');
  let bytes = 0;
  let records = 0;
  let buf = '';
  try {
    while (bytes < target) {
      const line = JSON.stringify(makeCall(rng, m, records, stats)) + '\n';
      records++;
      bytes += Buffer.byteLength(line, 'utf8');
      buf += line;
      if (buf.length >= 1 << 20) {
        writeSync(fd, buf);
        buf = '';
      }
    }
    if (buf) writeSync(fd, buf);
  } finally {
    closeSync(fd);
  }
  return { bytes, records };
}

function parseCli(argv) {
  const opts = { sizeMB: 20, seed: 20240601 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--size') opts.sizeMB = Number(argv[++i]);
    else if (a === '--seed') opts.seed = Number(argv[++i]);
    else if (a === '-h' || a === '--help') {
      process.stdout.write('Usage: node bench/corpus.mjs [--size MB] [--seed N] > calls.jsonl\n');
      process.exit(0);
    } else {
      process.stderr.write(`unknown argument ${JSON.stringify(a)}\n`);
      process.exit(2);
    }
  }
  if (!(opts.sizeMB > 0) || !Number.isInteger(opts.seed)) {
    process.stderr.write('--size takes a positive number of MB, --seed an integer\n');
    process.exit(2);
  }
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { lines } = generateCorpus(parseCli(process.argv.slice(2)));
  process.stdout.write(lines.join('\n') + '\n');
}
