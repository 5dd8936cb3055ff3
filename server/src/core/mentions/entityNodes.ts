import type { ActorType } from '../types';
import { lookupKnown, lookupPlace } from '../vocabulary/lexicon';

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
	/** Joins every key of the list into one set. */
	unionAll(keys: readonly string[]): void {
		for (const k of keys.slice(1)) { this.union(keys[0], k); }
	}
}

/** One normalised spelling of a family, with what was seen of it. */
export interface Node {
	/** `family:normalised name`. */
	key: string;
	family: Family;
	names: Map<string, number>;
	types: Map<ActorType, number>;
	articles: Set<string>;
}

/** The normalised name of a node, without its family. */
export function nameOf(n: Node): string {
	return n.key.slice(n.family.length + 1);
}

/** A place the gazetteer knows: it is only ever merged with its own names. */
export function isGazetteerPlace(n: Node): boolean {
	return n.family === 'place' && !!lookupPlace(nameOf(n));
}

/** Nodes sorted by key, so that every pass visits them in the same order whatever the input order. */
export function sortedNodes(nodes: Map<string, Node>): Node[] {
	return [...nodes.values()].sort((a, b) => a.key < b.key ? -1 : 1);
}

/** A place or state the lexicons know by this name ("Paris", "Lima"). */
export function isKnownPlace(name: string): boolean {
	const type = lookupKnown(name);
	return type === 'place' || type === 'state';
}
