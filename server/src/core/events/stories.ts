import type { ActorMention } from '../types';
import type { Article } from '../claims/extractArticle';
import { lookupPlace } from '../vocabulary/lexicon';
import { VOCABULARY, wordSet } from '../vocabulary';
import { isByline } from '../text/layout';
import { intersects, push } from '../util/collections';
import type { ArticleEvent } from './articleEvents';

/** What an article's story is known by: who and where its headline and lead name, what happened, and when. */
export interface StorySignature {
	readonly uri: string;
	/** Entity ids of the people, organisations and places in the headline and the lead. */
	readonly entities: ReadonlySet<string>;
	/** Those of them that are countries. */
	readonly states: ReadonlySet<string>;
	readonly countries: ReadonlySet<string>;
	/** Countries the lead event is placed in ("in Syria"), not merely named. */
	readonly where: ReadonlySet<string>;
	/** Armed or political groups the lead event involves (entity ids). */
	readonly groups: ReadonlySet<string>;
	/** The lead event's days (a day the text gives, or the days before the dateline when it gives none). */
	readonly first: number | null;
	readonly last: number | null;
	/** The days are the text's own, not the days around its dateline. */
	readonly dated: boolean;
	/** Places finer than a country where the lead event happened (entity ids). */
	readonly sites: ReadonlySet<string>;
}

/** Who reports a story ("(AP) —", "By … | Reuters") is not who it is about. */
const OUTLETS = wordSet(VOCABULARY.text.newsOutlets);

const NO_SITES: ReadonlySet<string> = new Set();

/** Characters of an article read as its lead (the headline and the first paragraphs). */
const LEAD = 900;
/** A name in at most this many articles, or this share of them, is rare enough to count as a shared name. */
const RARE_MIN = 10;
const RARE_SHARE = 50;
/** Entities in more articles than this are too common to propose a pair (they still count in the similarity). */
const COMMON = 200;

/** An article's story signature, from its lead event and the names in its first paragraphs. */
export function storySignature(a: Article, events: readonly ArticleEvent[], reference: number | null, entityOf: (uri: string, m: ActorMention) => { readonly id: string; readonly type: string } | undefined): StorySignature {
	const lead = events[0] as ArticleEvent | undefined;
	// A place named only as where another event the article mentions happened ("two days after the shooting in …") is not its story's.
	const elsewhere = new Set<string>();
	for (const e of events.slice(1)) { for (const p of e.facts.places) { if (!lead?.facts.places.has(p)) { elsewhere.add(p); } } }
	const entities = new Set<string>();
	const countries = new Set<string>(lead?.facts.countries ?? []);
	const end = a.extraction.sentences.find(s => s.start > LEAD)?.start ?? a.text.length;
	const states = new Set<string>();
	const bylines = a.extraction.sentences.filter(s => s.start <= end && isByline(a.text.slice(s.start, s.end)));
	for (const m of a.extraction.mentions) {
		if (m.span.start > end) { break; }
		if (m.kind !== 'actor' || OUTLETS.has(m.name.toLowerCase()) || bylines.some(s => s.start <= m.span.start && m.span.end <= s.end)) { continue; }
		const e = entityOf(a.uri, m);
		if (!e || elsewhere.has(e.id)) { continue; }
		// Keyed by name, not by type: one outlet's place is another's organisation ("Harlow Arena").
		const name = e.id.slice(e.id.indexOf(':') + 1);
		// A country weighs in the overlap, but is not one of the names two stories days apart must share ("in Iraq").
		if (m.type === 'state') { countries.add(lookupPlace(m.name)?.country ?? e.id); states.add(name); }
		entities.add(name);
	}
	// A lead the text does not date happened about when the article was written.
	const dated = lead && lead.facts.first !== null && !lead.facts.approximate;
	const first = dated ? lead.facts.first : reference === null ? null : reference - 10;
	return { uri: a.uri, entities, states, countries, where: new Set(lead?.facts.countries ?? []), groups: new Set(lead?.facts.groups ?? []), first, last: dated ? lead.facts.last : reference, dated: !!dated, sites: lead?.facts.places ?? NO_SITES };
}

/**
 * Groups articles into stories: two articles tell one story when the names in
 * their leads overlap (weighted by how rare each name is in the folder) and
 * their lead events fall on the same days; days further apart (up to a month)
 * need a larger overlap, as when one outlet reprints a story with its own
 * dateline. An article is linked only to the articles it resembles nearly as
 * much as its closest one, so a story that mentions a look-alike event (a
 * shooting "two days after" another) stays with its own, and linked groups of
 * articles join only when many of their pairs are linked ({@link joinDense}).
 * Articles whose leads are in different countries or involve different armed
 * groups never share a story.
 */
export function groupStories(signatures: readonly StorySignature[]): Map<string, number> {
	const overlaps = candidateOverlaps(signatures);
	const best = signatures.map(() => 0);
	for (const [i, j, overlap] of overlaps) {
		best[i] = Math.max(best[i], overlap);
		best[j] = Math.max(best[j], overlap);
	}
	const parent = signatures.map((_, i) => i);
	const find = (i: number): number => parent[i] === i ? i : (parent[i] = find(parent[i]));
	const links = overlaps.filter(([i, j, overlap, shared]) => sameStory(signatures[i], signatures[j], overlap, overlap >= SURE || overlap >= RELATIVE * Math.min(best[i], best[j]), shared));
	joinDense(links, signatures.map(s => s.sites), parent, find);
	attachLoners(signatures, overlaps, parent, find);
	return new Map(signatures.map((s, i) => [s.uri, find(i)]));
}

/**
 * An article left alone (an aftermath piece dated days after the event) joins
 * the story it shares most names with, when that is a real overlap and the
 * days are within a week. Two lone articles with no date at all (web pages
 * that give only "Tuesday") are one story when each is the other's closest and
 * they share many names; then other undated loners may join that story, not
 * dated ones, which could be of any year.
 */
function attachLoners(signatures: readonly StorySignature[], overlaps: readonly [number, number, number, number][], parent: number[], find: (i: number) => number): void {
	const undated = (i: number) => signatures[i].first === null;
	for (const pass of ['all', 'pair', 'undated'] as const) {
		const size = new Map<number, number>();
		signatures.forEach((_, i) => size.set(find(i), (size.get(find(i)) ?? 0) + 1));
		const bestFor = new Map<number, { other: number; overlap: number }>();
		const consider = (x: number, y: number, overlap: number) => {
			if (size.get(find(x)) !== 1 || gapOf(signatures[x], signatures[y]) > 7 || placedApart(signatures[x], signatures[y])) { return; }
			if ((bestFor.get(x)?.overlap ?? 0) < overlap) { bestFor.set(x, { other: y, overlap }); }
		};
		for (const [i, j, overlap] of overlaps) {
			consider(i, j, overlap);
			consider(j, i, overlap);
		}
		for (const [x, { other, overlap }] of bestFor) {
			const alone = size.get(find(other)) === 1;
			if (pass !== 'pair' && overlap >= LONER && !alone && (pass === 'all' || undated(x))) { parent[find(x)] = find(other); }
			const mutual = alone && bestFor.get(other)?.other === x && find(x) !== find(other);
			if (pass === 'pair' && mutual && undated(x) && undated(other) && overlap >= UNDATED_PAIR) { parent[find(x)] = find(other); }
		}
	}
}

/**
 * Joins linked articles into stories, strongest links first, and two stories
 * only when enough of their articles are linked to each other, or when most of
 * each one's leads put it in the same place: a story whose leads mention a
 * look-alike event elsewhere (a shooting "two days after" another) has a few
 * links to it, not many, so single links no longer chain two stories; a week
 * of coverage of one town's flood, day by day, stays one story.
 */
function joinDense(links: [number, number, number, number][], sites: readonly ReadonlySet<string>[], parent: number[], find: (i: number) => number): void {
	const size = parent.map(() => 1);
	// How many leads of each story name each place, keyed by the story's root.
	const placed = sites.map(s => new Map([...s].map(x => [x, 1])));
	// Links between the current stories, keyed by the two roots.
	const between = parent.map(() => new Map<number, number>());
	const count = (a: number, b: number, n: number) => between[a].set(b, (between[a].get(b) ?? 0) + n);
	for (const [i, j] of links) {
		count(i, j, 1);
		count(j, i, 1);
	}
	for (const [i, j] of links.sort((x, y) => y[2] - x[2])) {
		let a = find(i);
		let b = find(j);
		if (a === b || ((between[a].get(b) ?? 0) * SPARSE < size[a] * size[b] && !samePlace(placed[a], placed[b]))) { continue; }
		if (between[a].size < between[b].size) { [a, b] = [b, a]; }
		parent[b] = a;
		size[a] += size[b];
		for (const [x, n] of placed[b]) { placed[a].set(x, (placed[a].get(x) ?? 0) + n); }
		placed[b].clear();
		between[a].delete(b);
		for (const [c, n] of between[b]) {
			if (c === a) { continue; }
			count(a, c, n);
			between[c].delete(b);
			count(c, a, n);
		}
		between[b].clear();
	}
}

/** Two stories each placed mostly in one place, the same one (a single most-named place, not a tie). */
function samePlace(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
	const top = (m: ReadonlyMap<string, number>) => {
		let best: string | undefined;
		let n = 0;
		let tie = false;
		for (const [x, k] of m) {
			if (k > n) { best = x; n = k; tie = false; } else if (k === n) { tie = true; }
		}
		return tie ? undefined : best;
	};
	const x = top(a);
	return x !== undefined && x === top(b);
}

/** One in this many article pairs across two stories must be linked for them to be one. */
const SPARSE = 3;

/** The overlap a lone article needs with its closest story. */
const LONER = 0.2;
/** The overlap two lone articles without any date need to be one story. */
const UNDATED_PAIR = 0.4;

/** How close to an article's best overlap another must come to be linked, below an overlap that links anyway. */
const RELATIVE = 0.5;
const SURE = 0.4;

/** Pairs of articles that share a lead name, with their overlap (the shared weight over the smaller article's weight) and how many names they share. */
function candidateOverlaps(signatures: readonly StorySignature[]): [number, number, number, number][] {
	const df = new Map<string, number>();
	for (const s of signatures) { for (const e of s.entities) { df.set(e, (df.get(e) ?? 0) + 1); } }
	const idf = (e: string) => Math.log(1 + signatures.length / (df.get(e) ?? 1));
	// A name counts as shared evidence only when few articles name it: not a city of many events, nor a body every story quotes.
	const rare = Math.max(RARE_MIN, signatures.length / RARE_SHARE);
	const mass = signatures.map(s => [...s.entities].reduce((sum, e) => sum + idf(e), 0));
	const postings = new Map<string, number[]>();
	signatures.forEach((s, i) => { for (const e of s.entities) { if ((df.get(e) ?? 0) <= COMMON) { push(postings, e, i); } } });
	const out: [number, number, number, number][] = [];
	signatures.forEach((s, i) => {
		// Each partner's running weight and count of rare shared names, updated in place (this is the hot loop of a big folder).
		const shared = new Map<number, { weight: number; names: number }>();
		for (const e of s.entities) {
			const list = postings.get(e);
			if (!list) { continue; }
			const weight = idf(e);
			const named = (df.get(e) ?? 0) <= rare && !s.states.has(e) ? 1 : 0;
			for (const j of list) {
				if (j <= i) { continue; }
				const x = shared.get(j);
				if (x) {
					x.weight += weight;
					x.names += named;
				} else {
					shared.set(j, { weight, names: named });
				}
			}
		}
		shared.forEach(({ weight, names }, j) => out.push([i, j, weight / Math.max(1e-9, Math.min(mass[i], mass[j])), names]));
	});
	return out;
}

/**
 * Leads on the same days need a modest overlap; days apart a larger one, and
 * one close to the best each article has (a look-alike a few days earlier is
 * named by both); a month apart nearly the same names.
 */
function sameStory(a: StorySignature, b: StorySignature, overlap: number, close: boolean, shared: number): boolean {
	if (placedApart(a, b)) { return false; }
	const gap = gapOf(a, b);
	// An article with no date at all may be about any day: it joins only the story it resembles most (attachLoners), or
	// undated accounts of one city would chain its events of different years into one story.
	if (a.first === null || b.first === null) { return false; }
	if (gap <= 1) { return overlap >= 0.15 && (close || (a.dated && b.dated)); }
	// Days apart, a place alone ("shelling in Kharkiv") is not enough: two names at least, such as a place and a party.
	if (gap <= 7) { return close && overlap >= 0.5 && shared >= 2; }
	return gap <= 30 && overlap >= 0.5 && shared >= 2;
}

/** The leads happened in different countries ("in Syria", "in Iraq") or involve different armed groups. */
function placedApart(a: StorySignature, b: StorySignature): boolean {
	const apart = (x: ReadonlySet<string>, y: ReadonlySet<string>) => x.size > 0 && y.size > 0 && !intersects(x, y);
	return apart(a.where, b.where) || apart(a.groups, b.groups);
}

/** Days between two leads (0 when they overlap or one is not dated). */
function gapOf(a: StorySignature, b: StorySignature): number {
	return a.first === null || b.first === null ? 0 : Math.max(0, Math.max(a.first, b.first) - Math.min(a.last!, b.last!));
}
