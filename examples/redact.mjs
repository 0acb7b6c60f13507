// The main job on a shipped sample: redact every turn of examples/calls.jsonl and print the result.
// Run from the repository root after `npm ci`:  node examples/redact.mjs
import { readFileSync } from 'node:fs';
import { createRedactor } from 'scrubline';

const redactor = createRedactor();
const lines = readFileSync(new URL('./calls.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
for (const line of lines) {
  const call = JSON.parse(line);
  console.log(`# call ${call.call_id}`);
  for (const turn of call.turns) {
    const { text, findings } = redactor.redact(turn.text);
    const types = findings.map((f) => f.type).join(', ');
    console.log(`${turn.speaker.padEnd(9)} ${text}${types ? `   <- ${types}` : ''}`);
  }
}
