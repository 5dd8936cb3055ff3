import { lookupDemonym, lookupPlace, ORG_HEADS, STATE_ACRONYMS } from '../vocabulary/lexicon';
import { VOCABULARY, wordSet } from '../vocabulary';
import { memoised } from '../util/memo';

/**
 * Name normalisation for matching the same actor across spellings:
 * transliteration variants (al-Rasheed / Al-Rashid, Saraya / Sarayah) share a
 * consonant skeleton, while look-alikes of another shape (Iraq / Iran) do not.
 */

/** Lower case, no diacritics, dots, apostrophes or possessive s ("Attorney’s Office"); hyphens become spaces. */
export const normalizeName = memoised(name => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s(?=\s|$)/g, '')
	.replace(/[“”"‘’'`.]/g, '').replace(/[-–—_/]+/g, ' ').replace(/\s+/g, ' ').trim());

const PARTICLES = wordSet(VOCABULARY.names.nameParticles);

/** Letters that carry no combining mark to drop ("Kılınç", "Łódź"): consonants folded, vowels kept as vowels. */
const LETTER_FOLDS: Readonly<Record<string, string>> = { 'ı': 'i', 'ø': 'o', 'æ': 'a', 'œ': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 't', 'ß': 's' };

/** The consonant skeleton of one word: kh/th/sh/dh/gh/ph folded, q and c as k, inner vowels and doubles dropped. */
export function skeleton(word: string): string {
	const w = word.replace(/[ıøæœłđðþß]/g, c => LETTER_FOLDS[c]).replace(/kh/g, 'k').replace(/th/g, 't').replace(/sh/g, 's').replace(/dh/g, 'd').replace(/gh/g, 'g').replace(/ph/g, 'f')
		.replace(/ck/g, 'k').replace(/[qc]/g, 'k').replace(/ou/g, 'u');
	const head = w[0] ?? '';
	const rest = w.slice(1).replace(/[aeiouy]/g, '');
	return (head + rest).replace(/(.)\1+/g, '$1');
}

/** The skeletons of a name's significant words ("Abu Karim al-Rasheed" -> ["ab", "krm", "rsd"]). */
export const nameSkeleton: (name: string) => readonly string[] = memoised(name => Object.freeze(normalizeName(name).split(' ').filter(w => w && !PARTICLES.has(w)).map(skeleton)));

const MODIFIERS = wordSet(VOCABULARY.names.nationalModifiers);
const ADMIN_NOUNS = wordSet(VOCABULARY.names.adminNouns);

/**
 * An organisation's name without leading nationality words ("Iranian
 * Revolutionary Guard" -> "revolutionary guard"); a country's name before
 * "State" or "Region" names a province, and stays ("Mexico State Police"), and
 * so does a nationality before a lone head word ("Peruvian Army").
 */
export function coreWords(name: string): string[] {
	const words = normalizeName(name).split(' ').filter(Boolean);
	let i = 0;
	while (i < words.length - 1 && (MODIFIERS.has(words[i]) || lookupDemonym(words[i]) || (lookupPlace(words[i])?.type === 'state' && !ADMIN_NOUNS.has(words[i + 1])))) { i++; }
	// "Peruvian State", "Peruvian Army": a head word alone says nothing of which body it is.
	if (i === words.length - 1 && ORG_HEADS.has(words[i])) { i = words[0] === 'the' ? 1 : 0; }
	return words.slice(i).filter(w => !PARTICLES.has(w));
}

const PLACE_SUFFIXES = VOCABULARY.names.placeSuffixes.map(s => s.split(' '));
/** Words of the kinds of place that may come before "of" ("the town of", "the local government area of"). */
const PLACE_OF = wordSet([...VOCABULARY.names.placeNounsBeforeOf, ...VOCABULARY.names.placeSuffixes].flatMap(s => s.split(' ')));

/**
 * A place's own name without the kind of place around it ("Ubeji town",
 * "the local government area of Kalu", "Ubeji LGA" -> "ubeji", "kalu",
 * "ubeji"), or undefined when nothing is left or nothing was taken off.
 */
export function placeCore(name: string): string | undefined {
	let words = normalizeName(name).split(' ').filter(Boolean);
	const n = words.length;
	if (words[0] === 'the') { words = words.slice(1); }
	const of = words.indexOf('of');
	if (of > 0 && words.slice(0, of).every(w => PLACE_OF.has(w))) { words = words.slice(of + 1); }
	for (let changed = true; changed && words.length > 1;) {
		changed = false;
		for (const suffix of PLACE_SUFFIXES) {
			if (suffix.length < words.length && suffix.every((w, i) => words[words.length - suffix.length + i] === w)) {
				words = words.slice(0, -suffix.length);
				changed = true;
				break;
			}
		}
	}
	return words.length && words.length < n ? words.join(' ') : undefined;
}

/** The lexicon's own name for a place or state ("U.S." -> "United States"), else the name as written. */
export function lexicalName(name: string): string {
	const lower = name.toLowerCase();
	return STATE_ACRONYMS.get(lower) ?? lookupPlace(name)?.name ?? name;
}

/** True when `short` is the initials of `words` ("NRCC" of "National Road Construction Company", not of "National Rail Council"). */
export function isInitialism(short: string, words: readonly string[]): boolean {
	return words.filter(w => !PARTICLES.has(w)).map(w => w[0]).join('') === short.toLowerCase().replace(/[^a-z]/g, '');
}

/** True when `short` reads as an acronym of `words`: initials ("IRGC") or word prefixes of up to four letters ("Centcom", not "Northstar" for "Northern Stars"). */
export function isAcronymOf(short: string, words: readonly string[]): boolean {
	const a = short.toLowerCase().replace(/[^a-z]/g, '');
	const ws = words.filter(w => !PARTICLES.has(w));
	if (a.length < 2 || ws.length < 2) { return false; }
	if (ws.map(w => w[0]).join('') === a) { return true; }
	const match = (pos: number, k: number): boolean => {
		if (pos === a.length) { return k === ws.length; }
		if (k === ws.length) { return false; }
		for (let len = Math.min(ws[k].length, a.length - pos, 4); len >= 1; len--) {
			if (ws[k].startsWith(a.slice(pos, pos + len)) && match(pos + len, k + 1)) { return true; }
		}
		return false;
	};
	return match(0, 0);
}
