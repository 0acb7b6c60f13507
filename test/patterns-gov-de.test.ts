import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../src/detect/overlap.js';
import { createPatternRecognizer } from '../src/detect/pattern-recognizer.js';
import { BUILTIN_PATTERN_DIR, loadPatternFile } from '../src/detect/patterns.js';
import { TextView } from '../src/detect/view.js';
import type { Finding } from '../src/types.js';

const PATTERNS = loadPatternFile(`${BUILTIN_PATTERN_DIR}gov-de.json`);
const TYPES = [...new Set(PATTERNS.map((p) => p.type))];

/** Runs only patterns/gov-de.json the way the analyzer does: score filter, then overlap resolution. */
function detect(text: string, minScore = 0.5, types: readonly string[] = TYPES): string[] {
  const rec = createPatternRecognizer(PATTERNS, { regions: ['DE'], contextBefore: 48, contextAfter: 24, entities: new Set(types) });
  const raw: Finding[] = [];
  rec!.scan(new TextView(text), raw);
  return resolveOverlaps(raw.filter((f) => f.score >= minScore), text)
    .map((f) => `${f.type}${f.country ? `/${f.country}` : ''}:${text.slice(f.start, f.end)}`);
}

describe('gov-de patterns at the default threshold (0.5)', () => {
  it.each([
    // Steuer-ID
    ['Meine Steuer-ID lautet 86095742719.', ['DE_TAX_ID:86095742719']],
    ['86095742719', ['DE_TAX_ID:86095742719']],
    ['IdNr. 86 095 742 719 liegt vor', ['DE_TAX_ID:86 095 742 719']],
    ['Steuer-ID: 12345678903', ['DE_TAX_ID:12345678903']], // test value: base score + context
    ['86095742718', []], // check digit wrong
    ['Bestellnummer 12345678903', []], // test-value shape, no context
    ['Ruf mich an: 01701234567', []], // leading 0 is no Steuer-ID
    // USt-IdNr.
    ['USt-IdNr.: DE136695976', ['DE_VAT_ID:DE136695976']],
    ['DE 136 695 976', ['DE_VAT_ID:DE 136 695 976']],
    ['DE-136-695-976 auf der Rechnung', ['DE_VAT_ID:DE-136-695-976']],
    ['DE123456789', []], // check fails, no context
    ['USt-IdNr. DE123456789', ['DE_VAT_ID:DE123456789']], // a mistyped ID in context is still reported
    ['un total de 136.695.976 pesos', []],
    ['AT123456789', []],
    // Personalausweis and Reisepass
    ['Personalausweis: L01X00T47', ['DE_ID_CARD:L01X00T47']],
    ['Ausweis Nr. T22000129 gültig bis 2025.', ['DE_ID_CARD:T22000129']],
    ['IDD<<L01X00T471<<<<<<<<<<<<<<<', ['DE_ID_CARD:L01X00T471']], // MRZ: check digit verified
    ['IDD<<L01X00T472<<<<<<<<<<<<<<<', []],
    ['Reisepass C01X00T47', ['PASSPORT/DE:C01X00T47']],
    ['Pass-Nr.: F12345671', ['PASSPORT/DE:F12345671']],
    ['L01X00T47', []], // no context
    ['Bestellung T12345678 ist unterwegs', []],
    ['Reisepass A01234567', []], // A is not in the document alphabet
    // KVNR
    ['Versichertennummer A123456780', ['DE_HEALTH_INSURANCE:A123456780']],
    ['eGK-Nummer M123456785 bitte angeben.', ['DE_HEALTH_INSURANCE:M123456785']],
    ['A123456787', []],
    // Rentenversicherungsnummer
    ['RVNR: 15070649C103 laut Sozialversicherungsausweis.', ['DE_SOCIAL_SECURITY:15070649C103']],
    ['Versicherungsnummer 15 070649 C 103', ['DE_SOCIAL_SECURITY:15 070649 C 103']],
    ['15070649C103', ['DE_SOCIAL_SECURITY:15070649C103']],
    ['15070649C100', []],
    ['15071349C103', []], // month 13
    // LANR and BSNR
    ['LANR: 123456601 des behandelnden Arztes.', ['DE_LANR:123456601']],
    ['Arztnummer 123456901', []], // check digit wrong
    ['123456601', []], // 9 digits without context
    ['BSNR 711234567 der Praxis.', ['DE_BSNR:711234567']],
    ['Betriebsstättennummer: 000000000', []],
    // Handelsregister
    ['Amtsgericht München HRB 12345.', ['DE_HANDELSREGISTER:HRB 12345']],
    ['HRB 123456', ['DE_HANDELSREGISTER:HRB 123456']],
    ['Registergericht Köln, HRA 99999', ['DE_HANDELSREGISTER:HRA 99999']],
    ['HRA 2500 balance', []], // health reimbursement arrangement
    ['HRB 1234567', []],
    ['HR 12345', []],
    // Kfz-Kennzeichen
    ['Kennzeichen: HH-AB-1234.', ['DE_KFZ:HH-AB-1234']],
    ['Das Fahrzeug mit Kennzeichen B AB 1234 wurde gesehen.', ['DE_KFZ:B AB 1234']],
    ['Kfz-Kennzeichen MIL EF 1234E', ['DE_KFZ:MIL EF 1234E']],
    ['B AB 1234', []], // a plate alone stays below the threshold
    ['MY AUTO LOAN: I AM 25', []], // I is no district
    ['Kennzeichen m xy 999', ['DE_KFZ:m xy 999']], // lower case: runs only beside a German vehicle word
    ['m xy 999', []],
    ['is at 5 pm', []],
    ['Termin am Mo 12 Uhr wegen Kennzeichen', []],
    ['BXYZ AB 1234', []],
    // Postleitzahl
    ['PLZ 80331', ['POSTAL_CODE/DE:80331']],
    ['Postleitzahl 80331 München', ['POSTAL_CODE/DE:80331']],
    ['Hauptstraße 5, 80331 München', ['POSTAL_CODE/DE:80331']],
    ['Bahnhofstr. 12a 10115 Berlin', ['POSTAL_CODE/DE:10115']],
    ['Anschrift: D-10115 Berlin', ['POSTAL_CODE/DE:D-10115']],
    ['80331', []],
    ['Preis 12345 Euro', []],
    ['PLZ 01000', []], // not issued
    ['Order 12345 ring 5, 12345 units', []], // street word but no town after the code
    // Steuernummer
    ['Steuernummer: 181/815/08155', ['DE_TAX_NUMBER:181/815/08155']],
    ['St.-Nr. 123/456/78901 bitte angeben.', ['DE_TAX_NUMBER:123/456/78901']],
    ['Steuernummer 22/815/0815/4', ['DE_TAX_NUMBER:22/815/0815/4']],
    ['Finanzamt Stuttgart, St.-Nr. 93815/08152', ['DE_TAX_NUMBER:93815/08152']],
    ['Steuernummer 9181081508155', ['DE_TAX_NUMBER:9181081508155']],
    ['181/815/08155', []],
    ['EAN 4006381333931', []],
    ['am 12/03/2024', []],
    // Führerschein
    ['Führerscheinnummer: B072RRE2I55', ['DRIVER_LICENSE/DE:B072RRE2I55']],
    ['Fahrerlaubnis MU12345678B wurde ausgestellt.', ['DRIVER_LICENSE/DE:MU12345678B']],
    ['B072RRE2I55', []],
    ['Führerschein ABCDEFGHI1J', []], // fewer than 3 digits
  ] as const)('%j → %j', (text, expected) => {
    expect(detect(text)).toEqual(expected);
  });
});

describe('gov-de patterns with no threshold (candidates a lower minScore would report)', () => {
  it.each([
    ['B AB 1234', 'DE_KFZ', ['DE_KFZ:B AB 1234']],
    ['80331', 'POSTAL_CODE', ['POSTAL_CODE/DE:80331']],
    ['L01X00T47', 'DE_ID_CARD', ['DE_ID_CARD:L01X00T47']],
    ['DE123456789', 'DE_VAT_ID', ['DE_VAT_ID:DE123456789']],
    ['0281508150123', 'DE_TAX_NUMBER', ['DE_TAX_NUMBER:0281508150123']], // Land 01-16 form: kept at base score
    ['1781508150001', 'DE_TAX_NUMBER', []],
    ['00000', 'POSTAL_CODE', []],
    ['99999', 'POSTAL_CODE', []],
    ['HRC 12345', 'DE_HANDELSREGISTER', []],
    ['BAB1234', 'DE_KFZ', []],
    ['T2200012', 'DE_ID_CARD', []],
    ['02123456A', 'DE_BSNR', []],
    ['123456601', 'DE_LANR', ['DE_LANR:123456601']],
    ['123456901', 'DE_LANR', []],
  ] as const)('%j as %s → %j', (text, type, expected) => {
    expect(detect(text, 0, [type])).toEqual(expected);
  });

  it('scores: checksum-backed values high, shapes alone low, context raises', () => {
    const score = (text: string, type: string): number[] => {
      const rec = createPatternRecognizer(PATTERNS, { regions: ['DE'], contextBefore: 48, contextAfter: 24, entities: new Set([type]) });
      const raw: Finding[] = [];
      rec!.scan(new TextView(text), raw);
      return raw.map((f) => Math.round(f.score * 100) / 100);
    };
    expect(score('DE136695976', 'DE_VAT_ID')).toEqual([1]);
    expect(score('DE123456789', 'DE_VAT_ID')).toEqual([0.3]);
    expect(score('86095742719', 'DE_TAX_ID')).toEqual([0.85]);
    expect(score('12345678903', 'DE_TAX_ID')).toEqual([0.3]);
    expect(score('B AB 1234', 'DE_KFZ')).toEqual([0.3]);
    expect(score('b ab 1234', 'DE_KFZ')).toEqual([]); // lower case without a vehicle word is not even a candidate
    expect(score('Kennzeichen b ab 1234', 'DE_KFZ')).toEqual([0.5]);
    expect(score('Steuernummer 93815/08152', 'DE_TAX_NUMBER')).toEqual([0.5]);
    expect(score('Steuernummer 181/815/08155', 'DE_TAX_NUMBER')).toEqual([0.65]);
    expect(score('D-10115', 'POSTAL_CODE')).toEqual([0.4]);
    expect(score('10115', 'POSTAL_CODE')).toEqual([0.15]);
    expect(score('HRB 12345', 'DE_HANDELSREGISTER')).toEqual([0.5]);
    expect(score('HRA 12345', 'DE_HANDELSREGISTER')).toEqual([0.3]);
  });
});

describe('German context words', () => {
  it.each([
    ['FÜHRERSCHEIN B072RRE2I55', ['DRIVER_LICENSE/DE:B072RRE2I55']], // upper-case umlaut
    ['fuehrerschein B072RRE2I55', ['DRIVER_LICENSE/DE:B072RRE2I55']], // transliterated
    ['Straße 80331', ['POSTAL_CODE/DE:80331']], // ß
    ['STRASSE 80331', ['POSTAL_CODE/DE:80331']],
    ['Körperschaftsteuer 123/456/78901', ['DE_TAX_NUMBER:123/456/78901']],
    ['Betriebsstättennummer: 051234567', ['DE_BSNR:051234567']],
  ] as const)('%j → %j', (text, expected) => {
    expect(detect(text)).toEqual(expected);
  });
});

describe('gov-de pattern hygiene', () => {
  it.each(PATTERNS.map((p) => [p.id, p.source, p.re.flags] as const))('%s is linear-time under recheck', (_id, source, flags) => {
    expect(checkSync(source, flags).status).toBe('safe');
  });
  it('every pattern is gated: digit windows or literals', () => {
    for (const p of PATTERNS) expect(p.scope === 'digit' || (p.literals?.length ?? 0) > 0, p.id).toBe(true);
  });
});
