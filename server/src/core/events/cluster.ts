import type { ArticleEvent, EventFacts } from './articleEvents';
import { compatible, matchEvents } from './articleEvents';
import { intersects } from '../util/collections';

const MONTH = 30;

/**
 * Blocking keys of an event: its named places, groups and persons, and its
 * countries, each with the month of its date (and the next, so events up to a
 * month apart meet), so that only events that could be one are compared.
 */
export function blockingKeys(e: ArticleEvent): string[] {
	const f = e.facts;
	const months = f.first === null ? ['*'] : [Math.floor(f.first / MONTH), Math.floor(f.first / MONTH) + 1].map(String);
	const keys: string[] = [];
	for (const m of months) {
		for (const x of [...f.places, ...f.groups, ...f.persons]) { keys.push(`${x}@${m}`); }
		if (m !== '*') { for (const c of f.countries) { keys.push(`c:${c}@${m}`); } }
	}
	// Undated accounts need a shared place and group or person; they meet dated ones in these blocks.
	for (const p of f.places) { for (const g of [...f.groups, ...f.persons]) { keys.push(`${p}+${g}@*`); } }
	return keys;
}

/** Corpus events: the cluster of each article event, and what a later account is matched against. */
export interface Clusters {
	readonly of: Map<string, number>;
	readonly blocks: ReadonlyMap<string, number[]>;
	readonly merged: readonly { readonly facts: EventFacts; readonly articles: ReadonlySet<string> }[];
	readonly next: number;
}

/**
 * Clusters article events into corpus events. Each event, in a fixed order, is
 * compared with the clusters already met in its blocks (not with every event),
 * and joins those it matches when the merged cluster stays compatible, so
 * two accounts linked through a vaguer third are never one event with two
 * places or groups. Events of the same article are never merged here, and an
 * article's lead event goes with its story, given by `storyOf`.
 */
export function clusterEvents(perArticle: readonly ArticleEvent[][], storyOf: ReadonlyMap<string, number> = new Map()): Clusters {
	const all = perArticle.flat();
	const parent = all.map((_, i) => i);
	const find = (i: number): number => parent[i] === i ? i : (parent[i] = find(parent[i]));
	// Lead events are grouped by story (stories.ts); the events an article mentions besides its lead meet only each other.
	const leadOfStory = new Map<number, number>();
	all.forEach((e, i) => {
		const story = e.index === 0 ? storyOf.get(e.article) : undefined;
		if (story === undefined) { return; }
		const first = leadOfStory.get(story);
		if (first === undefined) { leadOfStory.set(story, i); } else { parent[i] = first; }
	});
	const merged = all.map(e => ({
		facts: { ...e.facts, places: new Set(e.facts.places), countries: new Set(e.facts.countries), groups: new Set(e.facts.groups), persons: new Set(e.facts.persons) },
		articles: new Set([e.article]),
	}));
	const blocks = new Map<string, number[]>();
	for (let i = 0; i < all.length; i++) {
		if (all[i].index === 0 && storyOf.has(all[i].article)) { continue; }
		for (const key of blockingKeys(all[i])) {
			const block = blocks.get(key) ?? [];
			for (const member of block) {
				const r = find(member);
				const ri = find(i);
				if (r === ri || intersects(merged[r].articles, merged[ri].articles)) { continue; }
				if (matchEvents(merged[r].facts, all[i].facts) === 'different' || !compatible(merged[r].facts, merged[ri].facts)) { continue; }
				const [keep, drop] = r < ri ? [r, ri] : [ri, r];
				parent[drop] = keep;
				const into = merged[keep];
				const from = merged[drop];
				if (into.facts.first === null && from.facts.first !== null) { into.facts.first = from.facts.first; into.facts.last = from.facts.last; }
				for (const k of ['places', 'countries', 'groups', 'persons'] as const) { for (const x of from.facts[k]) { into.facts[k].add(x); } }
				for (const a of from.articles) { into.articles.add(a); }
			}
			// One entry per cluster in a block keeps the comparisons per event near the number of distinct events.
			const ri = find(i);
			let present = false;
			for (let k = 0; k < block.length; k++) {
				block[k] = find(block[k]);
				present ||= block[k] === ri;
			}
			if (!present) { block.push(ri); }
			blocks.set(key, block.length > 1 ? [...new Set(block)] : block);
		}
	}
	for (const [key, block] of blocks) { blocks.set(key, [...new Set(block.map(find))]); }
	return { of: new Map(all.map((e, i) => [`${e.article}#${e.index}`, find(i)])), blocks, merged, next: all.length };
}

/**
 * Places a changed article's events into the existing clusters without
 * re-clustering the corpus: each joins the first compatible cluster met in its
 * blocks, else becomes a new one. Used for the provisional view after an edit.
 */
export function placeEvents(clusters: Clusters, events: readonly ArticleEvent[], next: () => number): Map<string, number> {
	const placed = new Map<string, number>();
	for (const e of events) {
		let found = -1;
		for (const key of blockingKeys(e)) {
			for (const root of clusters.blocks.get(key) ?? []) {
				const m = clusters.merged[root];
				const others = m.articles.size > (m.articles.has(e.article) ? 1 : 0);
				if (others && matchEvents(m.facts, e.facts) !== 'different' && compatible(m.facts, e.facts)) { found = root; break; }
			}
			if (found >= 0) { break; }
		}
		placed.set(`${e.article}#${e.index}`, found >= 0 ? found : next());
	}
	return placed;
}
