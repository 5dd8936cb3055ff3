import text from './text.json';
import numbers from './numbers.json';
import dates from './dates.json';
import names from './names.json';
import attribution from './attribution.json';
import facts from './facts.json';
import events from './events.json';
import units from './units.json';
import shape from './shape.json';
import { fingerprint } from '../util/hash';

/**
 * The domain vocabulary: plain data files (JSON, described by
 * vocabulary.schema.json) that a reviewer can read, loaded and compiled once
 * here into sets, maps and patterns. Code holds English construction patterns
 * only; the words they are built from live in the data files.
 */

/** The data files, as loaded. */
export const VOCABULARY = Object.freeze({ text, numbers, dates, names, attribution, facts, events, units, shape });

/** A fingerprint of the vocabulary; part of the extraction cache key, so a changed word list never reuses old extractions. */
export const VOCABULARY_FINGERPRINT = fingerprintOf(VOCABULARY);

/** The fingerprint of a vocabulary (exported for tests that change one). */
export function fingerprintOf(vocabulary: object): string {
	return fingerprint(JSON.stringify(vocabulary));
}

/** A set of lower-case words or phrases. */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
	return new Set(words.map(w => w.toLowerCase()));
}

/** A map of words to values: a lookup by a token's text costs a hash read ("constructor" in a text is not a key, as it would be of an object). */
export function wordMap<V>(entries: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
	return new Map(Object.entries(entries));
}

/** A word as it opens a sentence or a dateline: "march" -> "March". */
export function capitalise(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A regular expression alternation of words or phrases, escaped, in the order given. */
export function alternation(words: readonly string[]): string {
	return words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
