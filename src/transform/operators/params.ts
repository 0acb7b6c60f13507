import { OptionsError } from '../../errors.js';

/** Small readers for operator parameters, with errors that name the operator and the parameter. */
export function str(p: Record<string, unknown>, name: string, where: string, def: string): string {
  const v = p[name];
  if (v === undefined) return def;
  if (typeof v !== 'string') throw new OptionsError(`${where}: "${name}" must be a string`);
  return v;
}

export function int(p: Record<string, unknown>, name: string, where: string, def: number, min: number, max: number): number {
  const v = p[name];
  if (v === undefined) return def;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new OptionsError(`${where}: "${name}" must be a whole number from ${min} to ${max}`);
  }
  return v;
}

export function oneOf<T extends string>(p: Record<string, unknown>, name: string, where: string, def: T, allowed: readonly T[]): T {
  const v = p[name];
  if (v === undefined) return def;
  if (typeof v !== 'string' || !allowed.includes(v as T)) {
    throw new OptionsError(`${where}: "${name}" must be one of ${allowed.join(', ')}`);
  }
  return v as T;
}

export function known(p: Record<string, unknown>, where: string, names: readonly string[]): void {
  for (const k of Object.keys(p)) {
    if (k !== 'operator' && !names.includes(k)) throw new OptionsError(`${where}: unknown parameter "${k}"`);
  }
}
