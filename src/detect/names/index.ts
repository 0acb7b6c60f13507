import type { RecognizerFactory } from '../recognizer.js';

/** PERSON, LOCATION, ORGANIZATION: cues, gazetteers, shapes, compromise on candidate windows. (Filled in by the names work.) */
export const createNameRecognizer: RecognizerFactory = (settings) => {
  const types = ['PERSON', 'LOCATION', 'ORGANIZATION'].filter((t) => settings.entities.has(t));
  if (types.length === 0) return undefined;
  return { name: 'names', types, scan() {} };
};
