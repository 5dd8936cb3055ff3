import { push } from '../util/collections';
import { nameSkeleton } from './nameForms';
import { nameOf, sortedNodes, type Node, type UnionFind } from './entityNodes';
import { VOCABULARY, wordSet } from '../vocabulary';

/**
 * Persons across spellings: the same surname (or a transliteration of it)
 * with given names that agree, whatever their order, however many middle
 * names are written, shortened ("Chris") or reduced to initials ("J.R.").
 */

const names = VOCABULARY.names;
/** "al-" and its variants, dropped when comparing persons' names. */
const ARTICLE_PARTICLES = wordSet(names.articleParticles);
/** "Abu X", "bin X": kept with the next word as one part of a person's name. */
const KINSHIP_PARTICLES = wordSet(names.kinshipParticles);
/** "Jr.", "III": not part of what tells two persons apart. */
const SUFFIXES = wordSet(names.nameSuffixes);

/** A person's name as parts (consonant skeletons, the surname last) and the words they come from. */
export interface PersonName {
	readonly node: Node;
	readonly words: readonly string[];
	readonly parts: readonly string[];
	/** The initials a spelling gives instead of given names ("pk" for "P.K. Sharma"), if any. */
	readonly initials?: string;
}

/** Name parts as skeletons, with "Abu X" and "bin X" kept as one part and suffixes ("Jr") left out. */
export function personParts(name: string): { words: string[]; parts: string[] } {
	const all = name.split(' ').filter(w => w && !ARTICLE_PARTICLES.has(w) && !SUFFIXES.has(w));
	const words: string[] = [];
	const parts: string[] = [];
	for (let i = 0; i < all.length; i++) {
		if (KINSHIP_PARTICLES.has(all[i]) && i + 1 < all.length) {
			words.push(`${all[i]} ${all[i + 1]}`);
			parts.push(`${all[i]} ${skeletonOf(all[i + 1])}`);
			i++;
		} else {
			words.push(all[i]);
			parts.push(skeletonOf(all[i]));
		}
	}
	return { words, parts };
}

export function skeletonOf(w: string): string {
	return nameSkeleton(w).join('');
}

/** Last consonants that are often heard or typed one for the other ("Okonkwo"/"Okonkvo", "Jamal"/"Jaman", "Ukpam"/"Ukpan"). */
const ALIKE_LAST: Readonly<Record<string, string>> = { l: 'n', m: 'n', n: 'n', w: 'v', v: 'v' };

/** The skeleton of a word without a final s or h ("Garbas", "Danjumah"), if it has one to drop. */
function withoutFinalSound(word: string): string | undefined {
	return word.length >= 4 && /[sh]$/.test(word) ? skeletonOf(word.slice(0, -1)) : undefined;
}

/**
 * Where persons with alike surnames are compared: the skeleton without a
 * final s or h, its last consonant folded as in {@link ALIKE_LAST}.
 */
export function blockKey(word: string): string {
	const s = withoutFinalSound(word) ?? skeletonOf(word);
	return s.slice(0, -1) + (ALIKE_LAST[s.slice(-1)] ?? s.slice(-1));
}

/**
 * Two spellings of one name part by ear, one difference only: the last of
 * three or more consonants heard alike, the words one letter apart
 * ("Jamal"/"Jaman"), or a final s or h ("Garbas"/"Garba", "Danjumah"/
 * "Danjuma"). "Nizar"/"Nasir", "Farah"/"Firas", "Hussam"/"Hussein" and
 * "Salem"/"Shami" stay apart.
 */
export function alikeByEar(a: string, b: string, wordA: string, wordB: string): boolean {
	if (a.length === b.length && a.length >= 3 && a.slice(0, -1) === b.slice(0, -1) && oneLetterApart(wordA, wordB)) {
		const [x, y] = [ALIKE_LAST[a.slice(-1)], ALIKE_LAST[b.slice(-1)]];
		if (x && x === y) { return true; }
	}
	const [da, db] = [withoutFinalSound(wordA), withoutFinalSound(wordB)];
	return (!!da && da.length >= 2 && da === b) || (!!db && db.length >= 2 && db === a);
}

/** Words of one length that differ in one letter ("Jamal"/"Jaman", not "Hussam"/"Hussein"). */
function oneLetterApart(a: string, b: string): boolean {
	if (a.length !== b.length) { return false; }
	let diff = 0;
	for (let i = 0; i < a.length && diff < 2; i++) {
		if (a[i] !== b[i]) { diff++; }
	}
	return diff === 1;
}

/** Two name parts that may be one: the same skeleton, or spellings alike by ear. */
function partsAgree(a: PersonName, i: number, b: PersonName, k: number): boolean {
	return a.parts[i] === b.parts[k] || alikeByEar(a.parts[i], b.parts[k], a.words[i], b.words[k]);
}

/** Given names that may be one: parts that agree, or one written as the start of the other ("Chris"/"Christopher"). */
function givenAgree(a: PersonName, i: number, b: PersonName, k: number): boolean {
	if (partsAgree(a, i, b, k)) { return true; }
	const [x, y] = [a.words[i], b.words[k]];
	return Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x));
}

/** Initials that fit the other name's given names ("TK" and "Tawiah Kofi", or "Tawiah" alone). */
function initialsFit(initials: string, other: PersonName): boolean {
	const given = other.words.slice(0, -1);
	if (other.initials || !given.length) { return false; }
	for (let i = 0; i < Math.min(initials.length, given.length); i++) {
		if (given[i][0] !== initials[i]) { return false; }
	}
	return true;
}

/**
 * True when two persons' names can be one person: their surnames agree and the
 * given names of the shorter are among the other's (any order); two-part names
 * may also be written surname first ("Luo Weiming" / "Weiming Luo").
 */
export function samePerson(a: PersonName, b: PersonName): boolean {
	const n = a.parts.length;
	const m = b.parts.length;
	if (n === 2 && m === 2 && a.parts[0] === b.parts[1] && a.parts[1] === b.parts[0]) { return true; }
	if (!partsAgree(a, n - 1, b, m - 1)) { return false; }
	if (a.initials || b.initials) { return a.initials ? initialsFit(a.initials, b) : initialsFit(b.initials!, a); }
	const [short, long] = n <= m ? [a, b] : [b, a];
	const used = new Set<number>();
	for (let i = 0; i < short.parts.length - 1; i++) {
		let found = -1;
		for (let k = 0; k < long.parts.length - 1 && found < 0; k++) {
			if (!used.has(k) && givenAgree(short, i, long, k)) { found = k; }
		}
		if (found < 0) { return false; }
		used.add(found);
	}
	return true;
}

/** The initials of a spelling written with them ("T.K. Mensah", "TK Mensah"), lower case. */
function initialsOf(n: Node): string | undefined {
	for (const spelling of n.names.keys()) {
		const words = spelling.split(/\s+/);
		const m = /^(?:\p{Lu}\.?){1,3}$/u.exec(words[0]);
		if (m && words.length > 1 && /\p{Ll}/u.test(words[words.length - 1])) { return words[0].replace(/\./g, '').toLowerCase(); }
	}
	return undefined;
}

/** Persons with two or more name parts. */
export function personNames(nodes: Map<string, Node>): PersonName[] {
	return sortedNodes(nodes).filter(n => n.family === 'person').map(node => {
		const { words, parts } = personParts(nameOf(node));
		const initials = initialsOf(node);
		return { node, words, parts, ...(initials ? { initials } : {}) };
	}).filter(p => p.parts.length >= 2);
}

/**
 * Joins each person with the longer (or equally long) names it can be (see
 * {@link samePerson}), when all of those can be one person too: "Ann Lee"
 * stays apart from "Ann Mary Lee" and "Ann Jane Lee" when both are written,
 * and neither joins the other through it. Names are compared only within a
 * block of alike surnames (and alike first names, for reversed orders).
 */
export function mergePersons(nodes: Map<string, Node>, uf: UnionFind): void {
	const persons = personNames(nodes);
	const byLast = new Map<string, PersonName[]>();
	for (const p of persons) { push(byLast, blockKey(p.words[p.words.length - 1]), p); }
	for (const p of persons) {
		const block = byLast.get(blockKey(p.words[p.words.length - 1])) ?? [];
		const reversed = p.parts.length === 2 ? byLast.get(blockKey(p.words[0])) ?? [] : [];
		const matches = [...new Set([...block, ...reversed])].filter(q => q !== p && q.parts.length >= p.parts.length && samePerson(p, q));
		if (matches.length && matches.every((q, i) => matches.slice(i + 1).every(r => samePerson(q, r)))) {
			uf.unionAll([p.node.key, ...matches.map(q => q.node.key)]);
		}
	}
}
