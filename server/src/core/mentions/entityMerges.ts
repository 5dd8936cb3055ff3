import type { ActorType } from '../types';
import { push } from '../util/collections';
import { coreWords, isAcronymOf, nameSkeleton } from './nameForms';
import { lookupPlace } from '../vocabulary/lexicon';
import { VOCABULARY, wordSet } from '../vocabulary';

/** "al-" and its variants, dropped when comparing persons' names. */
const ARTICLE_PARTICLES = wordSet(VOCABULARY.names.articleParticles);
/** "Abu X", "bin X": kept with the next word as one part of a person's name. */
const KINSHIP_PARTICLES = wordSet(VOCABULARY.names.kinshipParticles);

/** What kind of actor a spelling names, for merging: persons, organisations and groups, places and states. */
export type Family = 'person' | 'org' | 'place';
export const familyOf = (t: ActorType): Family => t === 'person' ? 'person' : t === 'place' || t === 'state' ? 'place' : 'org';

/** Disjoint sets of spellings, with a deterministic root. */
export class UnionFind {
	readonly #parent = new Map<string, string>();
	find(x: string): string {
		let p = this.#parent.get(x) ?? x;
		if (p !== x) { p = this.find(p); this.#parent.set(x, p); }
		return p;
	}
	union(a: string, b: string): void {
		const ra = this.find(a);
		const rb = this.find(b);
		// Keep the smaller key as root so the result does not depend on the order of unions.
		if (ra !== rb) { if (ra < rb) { this.#parent.set(rb, ra); } else { this.#parent.set(ra, rb); } }
	}
}

/** One normalised spelling of a family, with what was seen of it. */
export interface Node {
	key: string;
	family: Family;
	names: Map<string, number>;
	types: Map<ActorType, number>;
	articles: Set<string>;
}

function isGazetteerPlace(n: Node): boolean {
	return n.family === 'place' && !!lookupPlace(n.key.slice(6));
}

export function mergeBySkeleton(nodes: Map<string, Node>, uf: UnionFind): void {
	const bySkeleton = new Map<string, string>();
	for (const n of [...nodes.values()].sort((a, b) => a.key < b.key ? -1 : 1)) {
		if (isGazetteerPlace(n)) { continue; }
		const words = n.family === 'org' ? coreWords(n.key.slice(n.key.indexOf(':') + 1)) : n.key.slice(n.key.indexOf(':') + 1).split(' ');
		const skel = `${n.family}:${words.flatMap(w => nameSkeleton(w)).join(' ')}`;
		const seen = bySkeleton.get(skel);
		if (seen) { uf.union(seen, n.key); } else { bySkeleton.set(skel, n.key); }
	}
}

/** "Revolutionary Guard" inside "Islamic Revolutionary Guard Corps"; persons: same first and last name. */
export function mergeContained(nodes: Map<string, Node>, uf: UnionFind): void {
	const orgs = [...nodes.values()].filter(n => n.family === 'org').map(n => ({ n, words: coreWords(n.key.slice(4)).flatMap(nameSkeleton) }));
	const byWord = new Map<string, typeof orgs>();
	for (const o of orgs) {
		for (const w of new Set(o.words)) { push(byWord, w, o); }
	}
	for (const o of orgs) {
		if (o.words.length < 2) { continue; }
		for (const other of byWord.get(o.words[0]) ?? []) {
			if (other.words.length > o.words.length && containsRun(other.words, o.words)) { uf.union(o.n.key, other.n.key); }
		}
	}
	const persons = [...nodes.values()].filter(n => n.family === 'person').map(n => ({ n, parts: personParts(n.key.slice(7)) })).filter(p => p.parts.length >= 2);
	const byEnds = new Map<string, typeof persons>();
	for (const p of persons) {
		const k = `${p.parts[0]}|${p.parts[p.parts.length - 1]}`;
		push(byEnds, k, p);
	}
	for (const group of byEnds.values()) {
		for (let i = 1; i < group.length; i++) {
			if (middlesAgree(group[0].parts, group[i].parts)) { uf.union(group[0].n.key, group[i].n.key); }
		}
	}
}

function containsRun(long: readonly string[], short: readonly string[]): boolean {
	outer: for (let i = 0; i + short.length <= long.length; i++) {
		for (let k = 0; k < short.length; k++) {
			if (long[i + k] !== short[k]) { continue outer; }
		}
		return true;
	}
	return false;
}

/** Name parts as skeletons, with "Abu X" and "bin X" kept as one part. */
function personParts(name: string): string[] {
	const words = name.split(' ').filter(w => w && !ARTICLE_PARTICLES.has(w));
	const parts: string[] = [];
	for (let i = 0; i < words.length; i++) {
		if (KINSHIP_PARTICLES.has(words[i]) && i + 1 < words.length) {
			parts.push(`${words[i]} ${nameSkeletonWord(words[i + 1])}`);
			i++;
		} else {
			parts.push(nameSkeletonWord(words[i]));
		}
	}
	return parts;
}

function nameSkeletonWord(w: string): string {
	return nameSkeleton(w).join('');
}

/** Middle names agree when one list is a subsequence of the other. */
function middlesAgree(a: readonly string[], b: readonly string[]): boolean {
	const [short, long] = a.length <= b.length ? [a.slice(1, -1), b.slice(1, -1)] : [b.slice(1, -1), a.slice(1, -1)];
	let k = 0;
	for (const part of long) {
		if (k < short.length && part === short[k]) { k++; }
	}
	return k === short.length;
}

/** "Biden" -> the one "Joe Biden"; "Centcom" -> the one "Central Command". Only merged when unique. */
export function mergeSurnamesAndAcronyms(nodes: Map<string, Node>, uf: UnionFind): void {
	const all = [...nodes.values()];
	const bySurname = new Map<string, Node[]>();
	for (const n of all) {
		const parts = n.family === 'person' ? personParts(n.key.slice(7)) : [];
		if (parts.length >= 2) { push(bySurname, parts[parts.length - 1], n); }
	}
	const byInitial = new Map<string, { n: Node; words: string[] }[]>();
	for (const n of all) {
		const words = n.family === 'org' ? coreWords(n.key.slice(4)) : [];
		if (words.length >= 2) { push(byInitial, words[0][0], { n, words }); }
	}
	for (const n of all) {
		const name = n.key.slice(n.key.indexOf(':') + 1);
		if (name.includes(' ')) { continue; }
		const skel = nameSkeletonWord(name);
		// "President Bidens’": a possessive whose s is not part of the name.
		const bare = name.endsWith('s') ? nameSkeletonWord(name.slice(0, -1)) : skel;
		let surnameOf = bySurname.get(skel) ?? [];
		if (!surnameOf.length && n.family === 'person') { surnameOf = bySurname.get(bare) ?? []; }
		const inArticle = surnameOf.filter(p => [...p.articles].some(a => n.articles.has(a)));
		const candidates = n.family === 'org' ? [] : new Set((inArticle.length ? inArticle : surnameOf).map(p => uf.find(p.key)));
		if (candidates instanceof Set && candidates.size === 1 && !isGazetteerPlace(n)) {
			uf.union(n.key, [...candidates][0]);
			continue;
		}
		if (n.family === 'org' || /^[a-z]{2,8}$/.test(name)) {
			const expansions = new Set((byInitial.get(name[0]) ?? []).filter(o => isAcronymOf(name, o.words)).map(o => uf.find(o.n.key)));
			if (expansions.size === 1 && !isGazetteerPlace(n)) { uf.union(n.key, [...expansions][0]); }
		}
	}
}

