import type { ActorMention } from '../types';
import type { Article } from '../claims/extractArticle';
import { resolveEntities, type Entity, type EntityIndex, type NameSighting } from '../mentions/entities';
import { lexicalName, normalizeName } from '../mentions/nameForms';
import { parseIsoDay, type DateValue } from '../mentions/dateValues';
import { estimateReferences, type Reference } from '../mentions/referenceDates';
import { clusterEvents, placeEvents, type Clusters } from '../events/cluster';
import { articleStage, type MergedEvents } from '../events/eventFacts';
import { resolveClaims, type ResolvedClaim } from '../events/placedClaims';
import { eventLabels } from '../events/labels';
import { groupStories, storySignature } from '../events/stories';
import { bucketKeys, judgeClaims, type Verdict } from '../findings/judge';
import type { Finding } from '../findings/finding';
import { Overlay, push } from '../util/collections';
import type { CorpusView } from './view';

/** Everything derived, kept so that a provisional view can reuse what an edit did not touch. */
export interface State {
	readonly view: CorpusView;
	/** The articles in URI order. */
	readonly sorted: readonly Article[];
	readonly entities: EntityIndex;
	readonly references: ReadonlyMap<string, Reference>;
	readonly dates: ReadonlyMap<string, (DateValue | null)[]>;
	readonly articleEvents: ReadonlyMap<string, MergedEvents>;
	readonly clusters: Clusters;
	readonly clusterOf: ReadonlyMap<string, number>;
	readonly claims: readonly ResolvedClaim[];
	/** The finding of each claim at the last full judgement (a provisional state keeps its base's). */
	readonly findingOf: ReadonlyMap<ResolvedClaim, Finding>;
	/** The claims of each bucket at the last full judgement (a provisional state keeps its base's). */
	readonly buckets: ReadonlyMap<string, readonly ResolvedClaim[]>;
	readonly comparisons: (claim: ResolvedClaim) => { claim: ResolvedClaim; verdict: Verdict }[];
	readonly labels: Map<number, string>;
	byName?: Map<string, Entity>;
	/** Where each article's claims sit in `claims`, made at the first edit after a full judgement. */
	claimRanges?: ReadonlyMap<string, readonly [number, number]>;
}

export function derive(articles: ReadonlyMap<string, Article>, aliases: readonly (readonly string[])[]): State {
	const sorted = [...articles.values()].sort((a, b) => a.uri < b.uri ? -1 : 1);
	const entities = resolveEntities(sightings(sorted), aliases);
	const references = estimateReferences(sorted);
	const entityOf = (uri: string, m: ActorMention) => entities.entityOf(uri, m.name);
	const dates = new Map<string, (DateValue | null)[]>();
	const articleEvents = new Map<string, MergedEvents>();
	for (const a of sorted) {
		const stage = articleStage(a, references.get(a.uri)!.day, entityOf);
		dates.set(a.uri, stage.dates);
		articleEvents.set(a.uri, stage.merged);
	}
	const stories = groupStories(sorted.map(a => storySignature(a, articleEvents.get(a.uri)!.events, references.get(a.uri)!.day, entityOf)));
	const clusters = clusterEvents(sorted.map(a => articleEvents.get(a.uri)!.events), stories);
	const claims = sorted.flatMap(a => resolveClaims(a, dates.get(a.uri)!, articleEvents.get(a.uri)!, clusters.of, references.get(a.uri)!, entityOf));
	const judged = judgeClaims(claims);
	const labels = eventLabels(sorted, articleEvents, clusters.of, entities);
	return finish(articles, sorted, { entities, references, dates, articleEvents, clusters, clusterOf: clusters.of, claims, findingOf: judged.findingOf, buckets: judged.buckets, comparisons: judged.comparisons, labels });
}

/** A provisional view after edits to `changed`: the rest of the corpus as it was, the edited articles placed into it. */
export function derivePatched(base: State, articles: ReadonlyMap<string, Article>, changed: ReadonlySet<string>): State {
	// An edit neither adds nor removes articles (that is a full recomputation): the base's order holds.
	const sorted = articles.size === base.sorted.length ? base.sorted.map(a => articles.get(a.uri) ?? a) : [...articles.values()].sort((a, b) => a.uri < b.uri ? -1 : 1);
	base.byName ??= entitiesByName(base.entities);
	const byName = base.byName;
	const entityOf = (uri: string, m: ActorMention) => base.entities.entityOf(uri, m.name) ?? byName.get(normalizeName(lexicalName(m.name)));
	// The edited articles' entries over the base's, without copying thousands of entries per keystroke.
	const references = new Overlay(base.references);
	const dates = new Overlay(base.dates);
	const articleEvents = new Overlay(base.articleEvents);
	const clusterOf = new Overlay(base.clusterOf);
	// The base is a full judgement, whose cluster ids are all below `clusters.next`.
	let next = base.clusters.next;
	const fresh: ResolvedClaim[] = [];
	for (const uri of changed) {
		const a = articles.get(uri);
		if (!a) { continue; }
		const published = a.extraction.published;
		const reference = published ? { day: parseIsoDay(published.value), borrowedFrom: null } : base.references.get(uri) ?? { day: null, borrowedFrom: null };
		references.set(uri, reference);
		const stage = articleStage(a, reference.day, entityOf);
		dates.set(uri, stage.dates);
		articleEvents.set(uri, stage.merged);
		for (const [key, id] of placeEvents(base.clusters, stage.merged.events, () => next++)) { clusterOf.set(key, id); }
		// An edit rarely changes which story an article tells: its lead keeps its story until the full recomputation.
		const lead = base.clusterOf.get(`${uri}#0`);
		if (lead !== undefined && stage.merged.events.length) { clusterOf.set(`${uri}#0`, lead); }
		fresh.push(...resolveClaims(a, stage.dates, stage.merged, clusterOf, reference, entityOf));
	}
	// The base's claims are in article order, each article's together: the edited articles' are cut out as slices,
	// without a pass over every claim of the folder on each keystroke.
	base.claimRanges ??= rangesOf(base.claims);
	const ranges = [...changed].flatMap(uri => { const r = base.claimRanges!.get(uri); return r ? [r] : []; }).sort((x, y) => x[0] - y[0]);
	const old = ranges.flatMap(([from, to]) => base.claims.slice(from, to));
	const kept = withoutRanges(base.claims, ranges);
	const claims = kept.concat(fresh);
	// Re-judge only the buckets the edit touched (its old and new claims); keep every other verdict.
	const touched = new Set([...old, ...fresh].flatMap(bucketKeys));
	const inTouched = new Set<ResolvedClaim>();
	for (const key of touched) { for (const c of base.buckets.get(key) ?? []) { if (!changed.has(c.article.uri)) { inTouched.add(c); } } }
	// In the order of `claims`, as a full judgement would see them; every fresh claim with a bucket is in a touched one.
	const position = (c: ResolvedClaim) => base.claims.indexOf(c, base.claimRanges!.get(c.article.uri)![0]);
	const subset = [...[...inTouched].map(c => [position(c), c] as const).sort((x, y) => x[0] - y[0]).map(([, c]) => c), ...fresh.filter(c => bucketKeys(c).length > 0)];
	const inSubset = new Set(subset);
	const judged = judgeClaims(subset);
	// The base's findings less those of the edited articles and the re-judged claims, and the new ones, in the same order.
	const dropped = new Set<Finding>();
	for (const c of [...old, ...subset]) {
		const f = base.findingOf.get(c);
		if (f) { dropped.add(f); }
	}
	const findings = mergeSorted(base.view.findings.filter(f => !dropped.has(f)), [...judged.findingOf.values()].sort(byPlace), byPlace);
	const freshOf = new Map<string, ResolvedClaim[]>();
	for (const c of fresh) { push(freshOf, c.article.uri, c); }
	const claimsOf = (uri: string) => changed.has(uri) ? freshOf.get(uri) ?? [] : base.view.claimsOf(uri);
	const comparisons = (claim: ResolvedClaim) => inSubset.has(claim) ? judged.comparisons(claim) : base.comparisons(claim);
	return finish(articles, sorted, { entities: base.entities, references, dates, articleEvents, clusters: base.clusters, clusterOf, claims, findingOf: base.findingOf, buckets: base.buckets, comparisons, labels: base.labels }, { findings, claimsOf });
}

/** Each article's claims as a range of the list, which holds them together in article order. */
function rangesOf(claims: readonly ResolvedClaim[]): Map<string, [number, number]> {
	const ranges = new Map<string, [number, number]>();
	claims.forEach((c, i) => {
		const r = ranges.get(c.article.uri);
		if (r) { r[1] = i + 1; } else { ranges.set(c.article.uri, [i, i + 1]); }
	});
	return ranges;
}

/** The list without the given ranges (sorted, not overlapping). */
function withoutRanges<T>(list: readonly T[], ranges: readonly (readonly [number, number])[]): T[] {
	const pieces: T[][] = [];
	let from = 0;
	for (const [start, end] of ranges) {
		pieces.push(list.slice(from, start));
		from = end;
	}
	pieces.push(list.slice(from));
	return ([] as T[]).concat(...pieces);
}

/** Findings in order of article and position. */
function byPlace(x: Finding, y: Finding): number {
	return x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : x.span.start - y.span.start;
}

/** Two sorted lists as one, the first's items before the second's among equals (as a stable sort of both would put them). */
function mergeSorted<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): T[] {
	const out: T[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) { out.push(compare(b[j], a[i]) < 0 ? b[j++] : a[i++]); }
	return out.concat(a.slice(i), b.slice(j));
}

function entitiesByName(index: EntityIndex): Map<string, Entity> {
	const byName = new Map<string, Entity>();
	for (const e of index.entities.values()) {
		for (const spelling of e.spellings.keys()) { byName.set(normalizeName(lexicalName(spelling)), e); }
	}
	return byName;
}

/**
 * The state with its view. A full judgement's findings and claims by article are made here; a provisional state
 * passes its own, made from its base's.
 */
function finish(articles: ReadonlyMap<string, Article>, sorted: readonly Article[], s: Omit<State, 'view' | 'sorted'>, patched?: { findings: Finding[]; claimsOf: (uri: string) => readonly ResolvedClaim[] }): State {
	const entityOf = (uri: string, m: ActorMention) => s.entities.entityOf(uri, m.name) ?? s.byName?.get(normalizeName(lexicalName(m.name)));
	let occurrences: Map<string, { uri: string; mention: ActorMention }[]> | undefined;
	const byUri = new Map<string, ResolvedClaim[]>();
	if (!patched) { for (const c of s.claims) { push(byUri, c.article.uri, c); } }
	const claimsOf = patched?.claimsOf ?? ((uri: string) => byUri.get(uri) ?? []);
	const findings = patched?.findings ?? [...s.findingOf.values()].sort(byPlace);
	const findingsByUri = new Map<string, Finding[]>();
	for (const f of findings) { push(findingsByUri, f.uri, f); }
	const view: CorpusView = {
		articles, references: s.references, entityOf, entities: s.entities, claims: s.claims,
		dateOf: (uri, i) => s.dates.get(uri)?.[i] ?? null,
		claimsOf,
		comparisons: claim => s.comparisons(claim),
		findingsOf: uri => findingsByUri.get(uri) ?? [],
		findings,
		clusterOf: (uri, e) => s.clusterOf.get(`${uri}#${e}`) ?? -1,
		eventLabel: id => s.labels.get(id) ?? `event ${id}`,
		occurrencesOf: id => {
			occurrences ??= indexOccurrences(sorted, entityOf);
			return occurrences.get(id) ?? [];
		},
	};
	return { ...s, sorted, view };
}

function* sightings(articles: readonly Article[]): Iterable<NameSighting> {
	for (const a of articles) {
		for (const m of a.extraction.mentions) {
			if (m.kind === 'actor') { yield { article: a.uri, name: m.name, type: m.type, aliases: m.aliases }; }
		}
	}
}

function indexOccurrences(articles: readonly Article[], entityOf: (uri: string, m: ActorMention) => Entity | undefined): Map<string, { uri: string; mention: ActorMention }[]> {
	const index = new Map<string, { uri: string; mention: ActorMention }[]>();
	for (const a of articles) {
		for (const m of a.extraction.mentions) {
			const e = m.kind === 'actor' ? entityOf(a.uri, m) : undefined;
			if (e) { push(index, e.id, { uri: a.uri, mention: m as ActorMention }); }
		}
	}
	return index;
}
