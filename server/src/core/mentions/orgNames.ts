import { push } from '../util/collections';
import { coreWords, nameSkeleton, placeCore } from './nameForms';
import { isGazetteerPlace, isKnownPlace, nameOf, sortedNodes, type Node, type UnionFind } from './entityNodes';
import { ORG_HEADS, PLACE_HEADS } from '../vocabulary/lexicon';
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

/**
 * Within a family: a name of two or more words inside a longer one, a name
 * of three or more that the longer one only adds middle words to, and a
 * one-word organisation with only head words added ("Kalu Agency").
 */
export function mergeContained(nodes: Map<string, Node>, uf: UnionFind): void {
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
				uf.union(o.node.key, other.node.key);
			} else if (o.words.length === 1 && other.words[0] === o.words[0] && o.node.family === 'org' && other.words.slice(1).every(w => ORG_HEADS.has(w))) {
				subsequences.add(uf.find(other.node.key));
			} else if (o.skel.length >= 3 && other.skel[0] === o.skel[0] && other.skel[other.skel.length - 1] === o.skel[o.skel.length - 1] && isSubsequence(other.skel, o.skel)) {
				subsequences.add(uf.find(other.node.key));
			}
		}
		if (subsequences.size === 1) { uf.union(o.node.key, [...subsequences][0]); }
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
