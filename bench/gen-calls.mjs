#!/usr/bin/env node
/**
 * Writes a deterministic contact-center JSONL file of a given size, streaming (any size,
 * constant memory): one call per line with metadata (ids, timestamps, agent, queue,
 * customer name/email/phone/account) and 10-60 turns of agent/customer dialogue. Most turns
 * are plain support talk full of order numbers, prices, times, dates and quantities; personal
 * data is sprinkled in (names, phones in several formats, emails, card numbers, SSNs,
 * addresses, dates of birth, account numbers, digits read out one by one). Every value is
 * made up by a seeded PRNG from the word lists below: the same seed and size give the same
 * bytes.
 *
 *   node bench/gen-calls.mjs --size 500 -o /tmp/calls.jsonl [--seed N]
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

/** sfc32, seeded through splitmix32. */
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
  for (let i = 0; i < 15; i++) next();
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    digits: (n) => {
      let out = '';
      for (let i = 0; i < n; i++) out += String(Math.floor(next() * 10));
      return out;
    },
  };
}

// ------------------------------------------------------------------ word lists
const FIRST = [
  'Maria', 'James', 'Priya', 'Daniel', 'Aisha', 'Tom', 'Chen', 'Sofia', 'Luis', 'Emily', 'Mohammed', 'Grace', 'Olivia',
  'Noah', 'Fatima', 'Liam', 'Hannah', 'Diego', 'Keiko', 'Samuel', 'Zoë', 'José', 'Ana', 'Robert', 'Linda', 'Michael',
  'Patricia', 'David', 'Jennifer', 'William', 'Kwame', 'Ngozi', 'Ivan', 'Olga', 'Raj', 'Meera', 'Connor', 'Siobhan',
  'Mateo', 'Camila', 'Yuki', 'Amara', 'Tariq', 'Leila', 'Björn', 'Astrid', 'Pierre', 'Amélie', 'Giulia', 'Marco',
];
const LAST = [
  'Gonzalez', 'Smith', 'Raghunathan', 'Okafor', 'Nguyen', 'Kowalski', 'Whitfield', 'Johnson', 'Garcia', 'Brown', 'Martinez',
  'Lee', 'Patel', 'Kim', 'Hernandez', "O'Brien", 'Schmidt', 'Rossi', 'Dubois', 'Tanaka', 'Ivanova', 'Mensah', 'Haddad',
  'Fischer', 'Andersson', 'Murphy', 'Walsh', 'Costa', 'Silva', 'Wang', 'Singh', 'Khan', 'Moreno', 'Cohen', 'Novak',
];
const STREETS = ['Oak', 'Maple', 'Main', 'Cedar', 'Pine', 'Elm', 'Washington', 'Lake', 'Hill', 'Park', 'Sunset', 'River', '2nd', '5th'];
const STREET_KIND = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Boulevard', 'Lane', 'Drive', 'Court'];
const CITIES = [
  ['Springfield', 'IL'], ['San Mateo', 'CA'], ['Austin', 'TX'], ['Portland', 'OR'], ['Columbus', 'OH'], ['Denver', 'CO'],
  ['Raleigh', 'NC'], ['Tampa', 'FL'], ['Boise', 'ID'], ['Madison', 'WI'], ['Albany', 'NY'], ['Phoenix', 'AZ'],
];
const MAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'example.com', 'proton.me', 'mail.net'];
const QUEUES = ['billing', 'support', 'returns', 'sales', 'retention', 'technical', 'shipping', 'fraud'];
const CHANNELS = ['voice', 'voice', 'voice', 'chat', 'chat', 'callback'];
const SITES = ['Austin', 'Manila', 'Dublin', 'Pune', 'Cape Town'];
const PRODUCTS = ['router', 'laptop', 'phone case', 'headphones', 'coffee maker', 'jacket', 'smart watch', 'printer', 'blender',
  'monitor', 'keyboard', 'subscription', 'gift card', 'running shoes', 'vacuum', 'modem', 'tablet', 'desk chair'];
const ISSUES = [
  'I was charged twice for my last order', "my package says delivered but it's not here", 'the item arrived damaged',
  "I can't log in to my account", 'I want to cancel my subscription', 'the internet keeps dropping every evening',
  'I got the wrong size', 'my refund has not shown up yet', 'I need to change my delivery address',
  'the promo code did not apply at checkout', 'the app crashes when I open my orders', 'I was billed after I cancelled',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SPOKEN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

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

/** Value makers over one PRNG. */
function makers(r) {
  const name = () => `${r.pick(FIRST)} ${r.pick(LAST)}`;
  const phone = () => {
    const a = `${r.int(2, 9)}${r.digits(2)}`;
    const b = `${r.int(2, 9)}${r.digits(2)}`;
    const c = r.digits(4);
    switch (r.int(0, 7)) {
      case 0: return `(${a}) ${b}-${c}`;
      case 1: return `${a}-${b}-${c}`;
      case 2: return `${a}.${b}.${c}`;
      case 3: return `+1 ${a} ${b} ${c}`;
      case 4: return `1-${a}-${b}-${c}`;
      case 5: return `+44 20 7946 0${r.digits(3)}`;
      case 6: return `${a}${b}${c}`;
      default: return `+1 (${a}) ${b}-${c}`;
    }
  };
  const email = (n) => {
    const [f, l] = n.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').split(' ');
    return `${r.pick([`${f}.${l}`, `${f[0]}${l}${r.int(1, 99)}`, `${f}${l}`, `${f}_${l}`])}@${r.pick(MAIL)}`;
  };
  const card = () => {
    const b = r.pick(['4', '51', '53', '55', '6011']);
    const body = b + r.digits(15 - b.length);
    const full = body + luhnDigit(body);
    return r.pick([full.replace(/(\d{4})(?=\d)/g, '$1 '), full.replace(/(\d{4})(?=\d)/g, '$1-'), full]);
  };
  const ssn = () => {
    let area = r.int(1, 899);
    if (area === 666) area = 667;
    return `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
  };
  const address = () => {
    const [city, st] = r.pick(CITIES);
    return `${r.int(1, 9999)} ${r.pick(STREETS)} ${r.pick(STREET_KIND)}, ${city}, ${st} ${r.int(10001, 99950)}`;
  };
  const account = () => r.pick([r.digits(10), `ACC-${r.digits(8)}`, `${r.digits(4)}-${r.digits(6)}`]);
  const order = () => r.pick([`${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `#${r.digits(6)}`, `ORD-2025-${r.digits(5)}`, r.digits(8)]);
  const price = () => r.pick([`$${r.int(5, 499)}.${r.pick(['99', '00', '49', '95'])}`, `${r.int(10, 300)} dollars`, `$${r.int(1, 2000)}`]);
  const time = () => r.pick([`${r.int(1, 12)}:${r.pick(['00', '15', '30', '45'])} ${r.pick(['am', 'pm'])}`, `${r.int(7, 21)}:${r.pick(['00', '30'])}`]);
  const date = () => r.pick([`${r.pick(MONTHS)} ${r.int(1, 28)}`, `${r.int(1, 12)}/${r.int(1, 28)}/${r.pick(['2024', '2025'])}`, `last ${r.pick(WEEKDAYS)}`]);
  const dob = () => r.pick([`${r.int(1, 12)}/${r.int(1, 28)}/${r.int(1940, 2004)}`, `${r.pick(MONTHS)} ${r.int(1, 28)}, ${r.int(1940, 2004)}`]);
  const spoken = (digits) => [...digits].map((d) => (d === '0' && r.chance(0.5) ? 'oh' : SPOKEN[+d])).join(' ');
  return { name, phone, email, card, ssn, address, account, order, price, time, date, dob, spoken };
}

/** One call record. */
function makeCall(r, m, index) {
  const cust = m.name();
  const custFirst = cust.split(' ')[0];
  const agent = `${r.pick(FIRST)} ${r.pick(LAST)}`;
  const agentFirst = agent.split(' ')[0];
  const email = m.email(cust);
  const phone = m.phone();
  const acct = m.account();
  const product = r.pick(PRODUCTS);
  const queue = r.pick(QUEUES);
  const start = Date.UTC(2025, 0, 1) + r.int(0, 364 * 86400) * 1000;
  const nTurns = r.int(10, 60);
  const turns = [];
  let clock = 0;
  const say = (speaker, text) => {
    clock += r.int(2, 25) + text.length / 15;
    turns.push({ speaker, ts: `${String(Math.floor(clock / 60)).padStart(2, '0')}:${String(Math.floor(clock % 60)).padStart(2, '0')}`, text });
  };
  const A = (t) => say('agent', t);
  const C = (t) => say('customer', t);

  A(r.pick([`Thank you for calling Acme ${queue}, this is ${agentFirst}, how can I help you today?`, `Hi, you've reached Acme. My name is ${agentFirst}. What can I do for you?`, 'Good afternoon, thanks for holding. How can I help?']));
  C(`${r.pick(['Hi, yes.', 'Hello.', 'Hi there, I hope you can help me.'])} ${r.pick(ISSUES)}.`);
  A(r.pick(['I can help with that. Can I get your full name please?', 'May I have the name on the account?', 'Who am I speaking with?']));
  C(r.chance(0.85) ? r.pick([`It's ${cust}.`, `My name is ${cust}.`, `Yes, this is ${cust}.`]) : "It's under my husband's name actually.");
  const verify = r.int(0, 4);
  A(`Thank you${r.chance(0.6) ? `, ${custFirst}` : ''}. To verify, ${['what is the phone number on the account?', 'can you confirm your email address?', 'can you give me the account number?', 'can I have your date of birth?', 'what is the billing zip code?'][verify]}`);
  if (verify === 0) C(r.chance(0.2) ? `Sure, it's ${m.spoken(phone.replace(/\D/g, '').slice(-10))}.` : `It's ${phone}.`);
  else if (verify === 1) C(r.chance(0.15) ? `It's ${email.replace('@', ' at ').replace(/\./g, ' dot ')}.` : `Yes, ${email}.`);
  else if (verify === 2) C(`Let me check, it's ${acct}.`);
  else if (verify === 3) C(`${m.dob()}.`);
  else C(`It's ${r.int(10001, 99950)}.`);
  A(r.pick(['Perfect, thank you.', 'Great, I have your account here.', 'Thanks, give me one moment while I pull that up.']));

  const steps = [
    () => { A(`I see an order for a ${product}, order number ${m.order()}, placed on ${m.date()}. Is that the one?`); C(r.pick(['Yes, that one.', 'Yeah.', 'No, the other one.'])); },
    () => { A(`It shows a charge of ${m.price()} on ${m.date()} and another for ${m.price()}.`); C('Right, I only ordered it once.'); },
    () => { A(r.pick(['Let me put you on a brief hold while I check with my team.', 'Can you hold for about 2 minutes?'])); C('Sure.'); A('Thank you for holding.'); },
    () => { C(`It was supposed to arrive by ${m.date()} but tracking still says in transit.`); A(`It left the warehouse at ${m.time()} on ${m.date()}.`); },
    () => { C(`I bought ${r.int(2, 5)} of them and only ${r.int(1, 2)} arrived.`); A('I apologize for that, let me look into it.'); },
    () => { A(`I can offer a refund of ${m.price()} or a replacement in ${r.int(2, 7)} to ${r.int(8, 12)} business days.`); C(r.pick(['The refund please.', "I'd rather have the replacement."])); },
    () => { C(`Can you call me back at ${m.phone()} if we get disconnected?`); A('Of course, I have that noted.'); },
    () => { A('Which card would you like the refund on?'); C(r.chance(0.5) ? `The one ending in ${r.digits(4)}.` : `The Visa, ${m.card()}, expires ${r.int(1, 12)}/${r.int(26, 30)}.`); },
    () => { A('Can you confirm the shipping address?'); C(`${m.address()}.`); },
    () => { C(r.chance(0.3) ? `For the tax form, my social is ${m.ssn()}.` : 'I already gave that to the last agent.'); A('Thank you, I have updated the record.'); },
    () => { C(`Can you send the confirmation to ${m.email(m.name())} instead?`); A('Sure, I have updated the email for this ticket.'); },
    () => { A(`Your case number is ${r.digits(8)}. The ticket was opened at ${m.time()}.`); C('Got it, thanks.'); },
    () => { C(`My ${r.pick(['wife', 'son', 'daughter', 'husband'])} ${r.pick(FIRST)} placed the order, does that matter?`); A('No, that is fine as long as it is on your account.'); },
    () => { A(`The store manager ${m.name()} will follow up by ${m.date()}.`); C('OK.'); },
    () => { C(r.pick(['It keeps happening around 10:30 every night.', 'I restarted it 3 times already.', 'The light is blinking orange.'])); A(r.pick(['Let me run a line test.', 'Okay, that helps.'])); },
    () => { A(`Your account number for reference is ${acct}.`); C('Let me write that down.'); },
    () => { C(`The total was ${m.price()} with ${r.int(5, 20)}% off, so it should be ${m.price()}.`); A('You are right, I will correct it.'); },
    () => { A(`We are open ${r.pick(WEEKDAYS)} through ${r.pick(WEEKDAYS)}, ${r.int(7, 9)} am to ${r.int(5, 9)} pm.`); C('Good to know.'); },
  ];
  while (turns.length + 6 <= nTurns) r.pick(steps)();
  A(r.pick(['Is there anything else I can help you with today?', 'Anything else?']));
  C(r.pick(['No, that is all, thank you.', "That's it, thanks for your help."]));
  A(r.pick([`Thank you for calling Acme, ${custFirst}. Have a great day!`, 'Thanks for calling, goodbye.']));

  return {
    call_id: `C-${String(1_000_000 + index)}`,
    started_at: new Date(start).toISOString(),
    ended_at: new Date(start + Math.round(clock * 1000)).toISOString(),
    duration_s: Math.round(clock),
    channel: r.pick(CHANNELS),
    queue,
    agent: { id: `AG-${r.int(1000, 1999)}`, name: agent, site: r.pick(SITES) },
    customer: { name: cust, email, phone, account_number: acct, tier: r.pick(['bronze', 'silver', 'gold']) },
    disposition: r.pick(['resolved', 'escalated', 'callback', 'refund_issued']),
    csat: r.chance(0.4) ? r.int(1, 5) : null,
    turns,
  };
}

/**
 * Writes calls to `path` until the file holds at least `sizeMB` megabytes (10^6 bytes).
 * Returns { bytes, records }.
 */
export function generateCalls({ path, sizeMB = 500, seed = 20250101 }) {
  const r = createRng(seed);
  const m = makers(r);
  const target = sizeMB * 1e6;
  const fd = openSync(path, 'w');
  let bytes = 0;
  let records = 0;
  let buf = '';
  try {
    while (bytes < target) {
      const line = JSON.stringify(makeCall(r, m, records)) + '\n';
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { size: { type: 'string' }, seed: { type: 'string' }, output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help || !values.output) {
    process.stdout.write('Usage: node bench/gen-calls.mjs --size MB -o FILE [--seed N]\n');
    process.exit(values.help ? 0 : 1);
  }
  const sizeMB = Number(values.size ?? 500);
  const seed = Number(values.seed ?? 20250101);
  if (!(sizeMB > 0) || !Number.isInteger(seed)) {
    process.stderr.write('--size takes a positive number of MB, --seed an integer\n');
    process.exit(1);
  }
  const t = Date.now();
  const { bytes, records } = generateCalls({ path: values.output, sizeMB, seed });
  process.stderr.write(`wrote ${records} calls, ${(bytes / 1e6).toFixed(1)} MB in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}
