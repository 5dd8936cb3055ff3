import { push } from '../util/collections';
import { coreWords, nameSkeleton, placeCore } from './nameForms';
import { isGazetteerPlace, isKnownPlace, nameOf, sortedNodes, type Node, type UnionFind } from './entityNodes';
import { GIVEN_NAMES, ORG_HEADS, PLACE_HEADS } from '../vocabulary/lexicon';
import { VOCABULARY, wordSet } from '../vocabulary';

/**
 * Organisations and places across spellings: shorter and longer forms of one
 * name ("Revolutionary Guard" in "Islamic Revolutionary Guard Corps",
 * "Lagoon County Command" and "Lagoon County Fire Command"), a name with and
 * without its head word ("Kalu" / "Kalu Agency") and a place with and
 * without the kind of place ("Ubeji town" / "Ubeji"). A place's own body
 * ("Lagoon County" / "Lagoon County Police") stays apart.
 */

const ADMIN_NOUNS = wordSet(VOCABULARY.names.adminNouns);

interface Named {
	readonly node: Node;
	/** Core words: the organisation's name without nationality words and particles, or the place's words. */
	readonly words: readonly string[];
	/** Their skeletons. */
	readonly skel: readonly string[];
}

function named(nodes: Map<string, Node>): Named[] {
	return sortedNodes(nodes).filter(n => n.family !== 'person' && !isGazetteerPlace(n)).map(node => {
		const words = node.family === 'org' ? coreWords(nameOf(node)) : nameOf(node).split(' ');
		return { node, words, skel: words.flatMap(w => nameSkeleton(w)) };
	});
}

function containsRun(long: readonly string[], short: readonly string[]): number {
	outer: for (let i = 0; i + short.length <= long.length; i++) {
		for (let k = 0; k < short.length; k++) {
			if (long[i + k] !== short[k]) { continue outer; }
		}
		return i;
	}
	return -1;
}

function isSubsequence(long: readonly string[], short: readonly string[]): boolean {
	let k = 0;
	for (const w of long) {
		if (k < short.length && w === short[k]) { k++; }
	}
	return k === short.length;
}

/** "Lagoon County" and "Lagoon County Police": a place, then a body of it; not one actor. */
function isBodyOf(short: Named, long: Named, at: number): boolean {
	const last = short.words[short.words.length - 1];
	const placeLike = short.node.family === 'place' || PLACE_HEADS.has(last) || ADMIN_NOUNS.has(last);
	return at === 0 && placeLike && long.words.slice(short.words.length).some(w => ORG_HEADS.has(w) || ADMIN_NOUNS.has(w));
}

/** A name written only in lower case ("sheriff’s office"): a description, not a name of its own. */
function isDescription(n: Node): boolean {
	return [...n.names.keys()].every(s => !/^\p{Lu}/u.test(s));
}

/**
 * A shorter form the longer name only adds words to: three or more words
 * with its last word, or two whose last is not a head word ("Kalu Dance" of
 * "Kalu Ballroom Dance Studio", not "Kalu Agency" of "Kalu Water Agency").
 */
function isShortForm(short: Named, long: Named): boolean {
	const last = short.words[short.words.length - 1];
	if (short.skel.length >= 3) { return long.skel[long.skel.length - 1] === short.skel[short.skel.length - 1]; }
	return short.skel.length === 2 && short.words.length === 2 && !ORG_HEADS.has(last) && !PLACE_HEADS.has(last) && !ADMIN_NOUNS.has(last);
}

/**
 * Within a family: a name of two or more words inside a longer one, a name
 * of three or more that the longer one only adds middle words to (or of two,
 * see {@link isShortForm}), and a one-word organisation with only head words added ("Kalu Agency").
 */
export function mergeContained(nodes: Map<string, Node>, uf: UnionFind, surnames: ReadonlySet<string> = new Set()): void {
	const all = named(nodes);
	const byFirst = new Map<string, Named[]>();
	for (const o of all) {
		for (const w of new Set(o.skel)) { push(byFirst, `${o.node.family}:${w}`, o); }
	}
	for (const o of all) {
		if (!o.skel.length) { continue; }
		const others = (byFirst.get(`${o.node.family}:${o.skel[0]}`) ?? []).filter(x => x.skel.length > o.skel.length);
		const subsequences = new Set<string>();
		for (const other of others) {
			const at = containsRun(other.skel, o.skel);
			// A place's name inside a longer one is the same place only at its start ("Kalu Hall" / "Kalu Hall Annex").
			if (at >= 0 && o.skel.length >= 2 && !isBodyOf(o, other, at) && (at === 0 || o.node.family === 'org')) {
				// "the sheriff’s office": a description in lower case is one actor only with the one name it fits.
				if (isDescription(o.node)) { subsequences.add(uf.find(other.node.key)); } else { uf.union(o.node.key, other.node.key); }
			} else if (o.words.length === 1 && o.node.family === 'org' && headsAdded(o.words[0], other)) {
				subsequences.add(uf.find(other.node.key));
			} else if (other.skel[0] === o.skel[0] && isShortForm(o, other) && isSubsequence(other.skel, o.skel)) {
				subsequences.add(uf.find(other.node.key));
			}
		}
		if (subsequences.size === 1) { uf.union(o.node.key, [...subsequences][0]); }
	}
	mergeGuessedOneWord(nodes, all, uf, surnames);
}

/** "Kalu Agency" of "Kalu": the longer name only adds organisation head words to the one word. */
function headsAdded(word: string, long: Named): boolean {
	return long.words.length > 1 && long.words[0] === word && long.words.slice(1).every(w => ORG_HEADS.has(w));
}

/**
 * "Labour" and the one "Labour Party": a one-word name typed a person only for want of evidence (not a given name,
 * nor the surname of a person the folder names in full) is the organisation that only adds head words to it, when
 * there is exactly one.
 */
function mergeGuessedOneWord(nodes: Map<string, Node>, all: readonly Named[], uf: UnionFind, surnames: ReadonlySet<string>): void {
	const orgs = new Map<string, Named[]>();
	for (const o of all) {
		if (o.node.family === 'org' && o.words.length > 1) { push(orgs, o.words[0], o); }
	}
	for (const node of sortedNodes(nodes)) {
		const name = nameOf(node);
		if (node.family !== 'person' || name.includes(' ') || GIVEN_NAMES.has(name) || surnames.has(node.key)) { continue; }
		const fits = (orgs.get(name) ?? []).filter(other => headsAdded(name, other));
		if (fits.length === 1) { uf.union(node.key, fits[0].node.key); }
	}
}

/**
 * A place named with and without the kind of place ("Ubeji town", "the town
 * of Ubeji", "Ubeji"), whatever family each spelling was guessed as; a name
 * the gazetteer knows is left alone ("Mexico state" is not the country).
 */
export function mergePlaceCores(nodes: Map<string, Node>, uf: UnionFind, surnames: ReadonlySet<string>): void {
	const byCore = new Map<string, { node: Node; stripped: boolean }[]>();
	for (const node of sortedNodes(nodes)) {
		const name = nameOf(node);
		if (node.family === 'person' && (name.includes(' ') || surnames.has(node.key))) { continue; }
		const core = placeCore(name);
		const key = core ?? name;
		if (isKnownPlace(key) || (core && isKnownPlace(name))) { continue; }
		const skeleton = nameSkeleton(key).join(' ');
		// Short skeletons say too little ("Oyo", "Ife"): those names must be spelled alike.
		push(byCore, skeleton.length >= 3 ? skeleton : key, { node, stripped: !!core });
	}
	for (const group of byCore.values()) {
		if (group.length > 1 && group.some(g => g.stripped)) { uf.unionAll(group.map(g => g.node.key)); }
	}
}

/** Each kind's synonyms as word lists, longest first ("medical center" before "center"). */
const KIND_SYNONYMS = VOCABULARY.names.kindSynonyms.map(group => group.map(s => s.split(' ')).sort((a, b) => b.length - a.length));

/** A name's own words and the class of its kind, when it ends with one of {@link KIND_SYNONYMS} ("kalu #0" for "Kalu Hospital"). */
function kindKey(name: string): string | undefined {
	const words = name.split(' ');
	for (const [i, group] of KIND_SYNONYMS.entries()) {
		const kind = group.find(k => k.length < words.length && k.every((w, j) => words[words.length - k.length + j] === w));
		if (kind) { return `${words.slice(0, -kind.length).join(' ')} #${i}`; }
	}
	return undefined;
}

/**
 * One name with kinds that mean the same ("Kalu Hospital", "Kalu Medical
 * Center"), whether each was guessed as a place or an organisation.
 */
export function mergeKindSynonyms(nodes: Map<string, Node>, uf: UnionFind): void {
	const byKey = new Map<string, string[]>();
	for (const node of sortedNodes(nodes)) {
		const key = node.family === 'person' ? undefined : kindKey(nameOf(node));
		if (key) { push(byKey, key, node.key); }
	}
	for (const keys of byKey.values()) { uf.unionAll(keys); }
}
