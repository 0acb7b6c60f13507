const FIRST = ['Maria', 'James', 'Priya', 'Daniel', 'Aisha', 'Chen', 'Sofia', 'Luis'];
const LAST = ['Gonzalez', 'Smith', 'Okafor', 'Nguyen', 'Kowalski', 'Patel'];

/** A small call record; `seq` is its index (a number under a non-PII key: kept as is, so it shows the order). */
export function call(i: number): Record<string, unknown> {
  const name = `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`;
  const email = `client${i}@example.com`;
  return {
    seq: i,
    queue: i % 2 ? 'billing' : 'support',
    customer: { name, email, phone: `(415) 555-01${String(i % 100).padStart(2, '0')}` },
    turns: [
      { speaker: 'agent', text: 'Thank you for calling, how can I help?' },
      { speaker: 'customer', text: `Hi, this is ${name}, my email is ${email} and order ${40000 + i} never arrived.` },
    ],
  };
}

/** Every string value of a JSON value, in walk order (what the record walker scans, without field selection). */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const x of Object.values(value)) stringsOf(x, out);
  return out;
}
