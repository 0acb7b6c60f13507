import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_DESCRIPTIONS, ENTITY_TYPES } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README matches the code', () => {
  it('lists every entity type with its description', () => {
    for (const t of ENTITY_TYPES) expect(readme).toContain(`| \`${t}\` | ${ENTITY_DESCRIPTIONS[t]} |`);
  });

  it('opens with the install-and-run and test commands that .ci/run runs', () => {
    const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
    const blocks = [...readme.matchAll(/```sh\n([^`]+)```/g)].map((m) => m[1]!.trim());
    expect(blocks.slice(0, 2)).toEqual(['npm ci && npx scrubline redact examples/calls.jsonl', 'npm test']);
    for (const cmd of blocks.slice(0, 2)) expect(ci).toContain(cmd);
  });
});
