import type { ActorType } from '../types';
import { push } from '../util/collections';
import { lexicalName, normalizeName } from './nameForms';
import { familyOf, mergeAcrossFamilies, mergeBySkeleton, mergeContained, mergeDescribedShortForms, mergeKindSynonyms, mergePersons, mergePlaceCores, mergeSurnamesAndAcronyms, surnameNodes, UnionFind, type Node } from './entityMerges';


/** One spelling of an actor seen in one article. */
export interface NameSighting {
	readonly article: string;
	readonly name: string;
	readonly type: ActorType;
	readonly aliases: readonly string[];
}

/** An actor as the corpus knows it: one id for every spelling. */
export interface Entity {
	readonly id: string;
	readonly canonical: string;
	readonly type: ActorType;
	/** Spellings seen, each with how many mentions use it. */
	readonly spellings: ReadonlyMap<string, number>;
}

/** Maps a sighting (article + name) to its entity. */
export interface EntityIndex {
	readonly entities: ReadonlyMap<string, Entity>;
	entityOf(article: string, name: string): Entity | undefined;
}


/**
 * Groups every spelling in the corpus into entities: declared aliases, equal
 * consonant skeletons, one spelling guessed as different kinds of actor,
 * places with and without the kind of place, organisation names contained in
 * longer ones, one name with kinds that mean the same ("Hospital", "Medical
 * Center"), a short form followed by what it is ("KSB security service"),
 * persons whose names agree (order, middle names, initials,
 * spellings by ear), surnames alone, and acronyms. Places the gazetteer
 * knows are only merged with their own names.
 */
export function resolveEntities(sightings: Iterable<NameSighting>, declared: readonly (readonly string[])[] = []): EntityIndex {
	const nodes = new Map<string, Node>();
	const sightingKey = new Map<string, Map<string, string>>();
	const uf = new UnionFind();
	const aliasPairs: [string, string][] = [];
	const nodeFor = (name: string, type: ActorType): string => {
		const family = familyOf(type);
		const key = `${family}:${normalizeName(lexicalName(name))}`;
		let node = nodes.get(key);
		if (!node) { node = { key, family, names: new Map(), types: new Map(), articles: new Set() }; nodes.set(key, node); }
		return key;
	};
	for (const s of sightings) {
		const key = nodeFor(s.name, s.type);
		const node = nodes.get(key)!;
		node.names.set(s.name, (node.names.get(s.name) ?? 0) + 1);
		node.types.set(s.type, (node.types.get(s.type) ?? 0) + 1);
		node.articles.add(s.article);
		let names = sightingKey.get(s.article);
		if (!names) { names = new Map(); sightingKey.set(s.article, names); }
		names.set(s.name, key);
		for (const alias of s.aliases) {
			const aliasKey = nodeFor(alias, s.type);
			nodes.get(aliasKey)!.articles.add(s.article);
			aliasPairs.push([key, aliasKey]);
		}
	}
	for (const [a, b] of aliasPairs) { uf.union(a, b); }
	// Names the user declares to be one actor: every node spelled like any of them, in any family.
	const byName = new Map<string, string[]>();
	for (const key of nodes.keys()) { push(byName, key.slice(key.indexOf(':') + 1), key); }
	for (const group of declared) {
		const keys = group.flatMap(name => byName.get(normalizeName(lexicalName(name))) ?? []);
		for (const k of keys.slice(1)) { uf.union(keys[0], k); }
	}
	const surnames = surnameNodes(nodes);
	mergeBySkeleton(nodes, uf);
	mergeAcrossFamilies(nodes, uf, surnames);
	mergePlaceCores(nodes, uf, surnames);
	mergeContained(nodes, uf, surnames);
	mergeKindSynonyms(nodes, uf);
	mergeDescribedShortForms(nodes, uf);
	mergePersons(nodes, uf);
	mergeSurnamesAndAcronyms(nodes, uf);
	return buildIndex(nodes, uf, sightingKey);
}


function buildIndex(nodes: Map<string, Node>, uf: UnionFind, sightingKey: Map<string, Map<string, string>>): EntityIndex {
	const clusters = new Map<string, Node[]>();
	for (const n of nodes.values()) {
		const root = uf.find(n.key);
		push(clusters, root, n);
	}
	const byRoot = new Map<string, Entity>();
	const entities = new Map<string, Entity>();
	for (const [root, members] of clusters) {
		const spellings = new Map<string, number>();
		const types = new Map<ActorType, number>();
		for (const m of members) {
			for (const [name, count] of m.names) { spellings.set(name, (spellings.get(name) ?? 0) + count); }
			for (const [t, count] of m.types) { types.set(t, (types.get(t) ?? 0) + count); }
		}
		if (!spellings.size) { continue; }
		const canonical = lexicalName(pickCanonical(spellings));
		const type = [...types].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
		const id = `${familyOf(type)}:${normalizeName(canonical).replace(/\s+/g, '-')}`;
		const entity: Entity = { id: entities.has(id) ? `${id}~${root}` : id, canonical, type, spellings };
		entities.set(entity.id, entity);
		byRoot.set(root, entity);
	}
	// Resolved once here, so a lookup is two map reads.
	const resolved = new Map<string, Map<string, Entity>>();
	for (const [article, names] of sightingKey) {
		const map = new Map<string, Entity>();
		for (const [name, key] of names) {
			const e = byRoot.get(uf.find(key));
			if (e) { map.set(name, e); }
		}
		resolved.set(article, map);
	}
	return { entities, entityOf: (article, name) => resolved.get(article)?.get(name) };
}

/** The most used full spelling (counted case- and punctuation-blind); ties go to the longer, then the alphabetically first. */
function pickCanonical(spellings: Map<string, number>): string {
	const byForm = new Map<string, number>();
	for (const [name, count] of spellings) { byForm.set(normalizeName(name), (byForm.get(normalizeName(name)) ?? 0) + count); }
	return [...spellings].sort((a, b) => {
		const multiA = a[0].includes(' ') ? 1 : 0;
		const multiB = b[0].includes(' ') ? 1 : 0;
		return multiB - multiA || byForm.get(normalizeName(b[0]))! - byForm.get(normalizeName(a[0]))! || b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1);
	})[0][0];
}
