import { push } from '../util/collections';
import { coreWords, isAcronymOf, isInitialism, nameSkeleton } from './nameForms';
import { isGazetteerPlace, isKnownPlace, nameOf, sortedNodes, type Node, type UnionFind } from './entityNodes';
import { personParts, skeletonOf } from './personNames';
import { COMMON_WORDS, ORG_HEADS } from '../vocabulary/lexicon';

export { familyOf, UnionFind, type Family, type Node } from './entityNodes';
export { mergeContained, mergePlaceCores } from './orgNames';
export { mergePersons } from './personNames';

/**
 * Equal consonant skeletons within a family ("Kalu"/"Kaalu"); organisation
 * and place names in any word order ("Ministry of Fisheries"/"Fisheries Ministry").
 */
export function mergeBySkeleton(nodes: Map<string, Node>, uf: UnionFind): void {
	const bySkeleton = new Map<string, string>();
	for (const n of sortedNodes(nodes)) {
		// Acronyms are spelled, not transliterated: "KCK" is not "CK".
		if (isGazetteerPlace(n) || isAcronym(n)) { continue; }
		const words = n.family === 'org' ? coreWords(nameOf(n)) : nameOf(n).split(' ');
		const skeletons = words.flatMap(w => nameSkeleton(w));
		if (n.family !== 'person') { skeletons.sort(); }
		const skel = `${n.family}:${skeletons.join(' ')}`;
		const seen = bySkeleton.get(skel);
		if (seen) { uf.union(seen, n.key); } else { bySkeleton.set(skel, n.key); }
	}
}

/** A name only ever written as capitals of one word ("NRC", "KCK"). */
function isAcronym(n: Node): boolean {
	return [...n.names.keys()].every(s => /^[\p{Lu}.&]+$/u.test(s));
}

/** Single-word person spellings that are the surname of a longer person's name ("Verde" of "Sandro Verde"). */
export function surnameNodes(nodes: Map<string, Node>): Set<string> {
	const lasts = new Set<string>();
	const singles: Node[] = [];
	for (const n of nodes.values()) {
		if (n.family !== 'person') { continue; }
		const parts = personParts(nameOf(n)).parts;
		if (parts.length >= 2) { lasts.add(parts[parts.length - 1]); } else if (parts.length === 1) { singles.push(n); }
	}
	return new Set(singles.filter(n => lasts.has(skeletonOf(nameOf(n)))).map(n => n.key));
}

/**
 * One spelling guessed as a person in one article and a place or an
 * organisation in another ("Kalani" after "in Kalani") is one actor; a
 * place the gazetteer knows, and a surname of a longer person's name, are not.
 */
export function mergeAcrossFamilies(nodes: Map<string, Node>, uf: UnionFind, surnames: ReadonlySet<string>): void {
	const byName = new Map<string, string[]>();
	for (const n of sortedNodes(nodes)) {
		if (!surnames.has(n.key)) { push(byName, nameOf(n), n.key); }
	}
	for (const [name, keys] of byName) {
		if (keys.length > 1 && !isKnownPlace(name)) { uf.unionAll(keys); }
	}
}

/** Acronym expansions that differ only in their head word ("... Road Safety Agency" / "... Road Safety Authority"): one body, named two ways. */
function headVariants(expansions: readonly { n: Node; words: string[] }[]): boolean {
	const [first, ...rest] = expansions;
	const stem = first.words.slice(0, -1).join(' ');
	return rest.every(o => o.words.length === first.words.length && o.words.slice(0, -1).join(' ') === stem)
		&& expansions.every(o => ORG_HEADS.has(o.words[o.words.length - 1]));
}

/** "Biden" -> the one "Joe Biden"; "Centcom" -> the one "Central Command". Only merged when unique. */
export function mergeSurnamesAndAcronyms(nodes: Map<string, Node>, uf: UnionFind): void {
	const all = [...nodes.values()];
	const bySurname = new Map<string, Node[]>();
	for (const n of all) {
		const parts = n.family === 'person' ? personParts(nameOf(n)).parts : [];
		if (parts.length >= 2) { push(bySurname, parts[parts.length - 1], n); }
	}
	const byInitial = new Map<string, { n: Node; words: string[] }[]>();
	for (const n of all) {
		const words = n.family === 'org' ? coreWords(nameOf(n)) : [];
		if (words.length >= 2) { push(byInitial, words[0][0], { n, words }); }
	}
	for (const n of all) {
		const name = nameOf(n);
		if (name.includes(' ')) { continue; }
		const skel = skeletonOf(name);
		// "President Bidens’": a possessive whose s is not part of the name.
		const bare = name.endsWith('s') ? skeletonOf(name.slice(0, -1)) : skel;
		let surnameOf = bySurname.get(skel) ?? [];
		if (!surnameOf.length && n.family === 'person') { surnameOf = bySurname.get(bare) ?? []; }
		const inArticle = surnameOf.filter(p => [...p.articles].some(a => n.articles.has(a)));
		const candidates = n.family === 'org' || isAcronym(n) ? [] : new Set((inArticle.length ? inArticle : surnameOf).map(p => uf.find(p.key)));
		if (candidates instanceof Set && candidates.size === 1 && !isGazetteerPlace(n)) {
			uf.union(n.key, [...candidates][0]);
			continue;
		}
		// "Centcom" reads as word prefixes, but "Northstar" is a word.
		if ((n.family === 'org' || /^[a-z]{2,8}$/.test(name)) && (isAcronym(n) || !COMMON_WORDS.has(name))) {
			const fits = (byInitial.get(name[0]) ?? []).filter(o => isAcronymOf(name, o.words));
			const initials = fits.filter(o => isInitialism(name, o.words));
			const found = initials.length ? initials : fits;
			const expansions = new Set(found.map(o => uf.find(o.n.key)));
			if ((expansions.size === 1 || (expansions.size > 1 && headVariants(found))) && !isGazetteerPlace(n)) { uf.unionAll([n.key, ...expansions]); }
		}
	}
}
