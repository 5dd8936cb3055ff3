import { lookupDemonym, lookupPlace, STATE_ACRONYMS } from '../vocabulary/lexicon';
import { VOCABULARY, wordSet } from '../vocabulary';

/**
 * Name normalisation for matching the same actor across spellings:
 * transliteration variants (al-Saedi / Al-Saadi, Kataib / Kataeb) share a
 * consonant skeleton, while look-alikes of another shape (Iraq / Iran) do not.
 */

/** Lower case, no diacritics, dots or apostrophes; hyphens become spaces. */
export function normalizeName(name: string): string {
	return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
		.replace(/[“”"‘’'`.]/g, '').replace(/[-–—_/]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const PARTICLES = wordSet(VOCABULARY.names.nameParticles);

/** The consonant skeleton of one word: kh/th/sh/dh/gh/ph folded, q and c as k, inner vowels and doubles dropped. */
export function skeleton(word: string): string {
	const w = word.replace(/kh/g, 'k').replace(/th/g, 't').replace(/sh/g, 's').replace(/dh/g, 'd').replace(/gh/g, 'g').replace(/ph/g, 'f')
		.replace(/ck/g, 'k').replace(/[qc]/g, 'k').replace(/ou/g, 'u');
	const head = w[0] ?? '';
	const rest = w.slice(1).replace(/[aeiouy]/g, '');
	return (head + rest).replace(/(.)\1+/g, '$1');
}

/** The skeletons of a name's significant words ("Abu Baqir al-Saedi" -> ["ab", "bkr", "sd"]). */
export function nameSkeleton(name: string): string[] {
	return normalizeName(name).split(' ').filter(w => w && !PARTICLES.has(w)).map(skeleton);
}

const MODIFIERS = wordSet(VOCABULARY.names.nationalModifiers);

/** An organisation's name without leading nationality words ("Iranian Revolutionary Guard" -> "revolutionary guard"). */
export function coreWords(name: string): string[] {
	const words = normalizeName(name).split(' ').filter(Boolean);
	let i = 0;
	while (i < words.length - 1 && (MODIFIERS.has(words[i]) || lookupDemonym(words[i]) || (lookupPlace(words[i])?.type === 'state'))) { i++; }
	return words.slice(i).filter(w => !PARTICLES.has(w));
}

/** The lexicon's own name for a place or state ("U.S." -> "United States"), else the name as written. */
export function lexicalName(name: string): string {
	const lower = name.toLowerCase();
	return STATE_ACRONYMS[lower] ?? lookupPlace(name)?.name ?? name;
}

/** True when `short` reads as an acronym of `words`: initials ("IRGC") or word prefixes ("Centcom"). */
export function isAcronymOf(short: string, words: readonly string[]): boolean {
	const a = short.toLowerCase().replace(/[^a-z]/g, '');
	const ws = words.filter(w => !PARTICLES.has(w));
	if (a.length < 2 || ws.length < 2) { return false; }
	if (ws.map(w => w[0]).join('') === a) { return true; }
	const match = (pos: number, k: number): boolean => {
		if (pos === a.length) { return k === ws.length; }
		if (k === ws.length) { return false; }
		for (let len = Math.min(ws[k].length, a.length - pos); len >= 1; len--) {
			if (ws[k].startsWith(a.slice(pos, pos + len)) && match(pos + len, k + 1)) { return true; }
		}
		return false;
	};
	return match(0, 0);
}
