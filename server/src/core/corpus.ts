import type { ActorMention, DateMention, Mention } from './types';
import { defaultLimits, extractArticle, type ArticleExtraction, type ExtractionLimits } from './extract/article';
import { resolveEntities, type Entity, type EntityIndex, type NameSighting } from './entities/resolve';
import { lexicalName, normalizeName } from './entities/names';
import { parseIsoDay, resolveDate, type DateValue } from './claims/resolveDate';
import { mergeArticleEvents, type ArticleEvent, type DraftFacts } from './claims/events';
import { clusterEvents, placeEvents, type Clusters } from './claims/cluster';
import { estimateReferences } from './claims/references';
import { push } from './util/collections';
import { bucketKeys, judgeClaims, type Finding, type ResolvedClaim, type Verdict } from './claims/judge';
import { lookupPlace } from './lexicon/names';

/** An article held by the corpus: its text and what was extracted from it. */
export interface Article {
	readonly uri: string;
	readonly text: string;
	readonly extraction: ArticleExtraction;
}

/** Where an article's relative dates are resolved from. */
export interface Reference {
	/** Day number of the reference date, or null when none can be found. */
	readonly day: number | null;
	/** The article whose dateline lent its date to an undated article. */
	readonly borrowedFrom: string | null;
}

/** Everything the corpus derives from all its articles together. */
export interface CorpusView {
	readonly articles: ReadonlyMap<string, Article>;
	readonly references: ReadonlyMap<string, Reference>;
	/** Resolved value of each date mention, by article, aligned with its mentions. */
	dateOf(uri: string, mentionIndex: number): DateValue | null;
	entityOf(uri: string, mention: ActorMention): Entity | undefined;
	readonly entities: EntityIndex;
	readonly claims: readonly ResolvedClaim[];
	claimsOf(uri: string): readonly ResolvedClaim[];
	/** Other claims of the same fact of the same event, with the verdict against this one. */
	comparisons(claim: ResolvedClaim): readonly { claim: ResolvedClaim; verdict: Verdict }[];
	findingsOf(uri: string): readonly Finding[];
	readonly findings: readonly Finding[];
	/** Event cluster ids by article event. */
	clusterOf(uri: string, articleEvent: number): number;
	/** A short name for a corpus event: "strike · Baghdad · 2024-02-07". */
	eventLabel(cluster: number): string;
	/** Every mention of an entity, in article order (built on first use). */
	occurrencesOf(entityId: string): readonly { readonly uri: string; readonly mention: ActorMention }[];
}

/**
 * The articles of a workspace and what they say together. Articles are
 * extracted when set; the cross-article view (entities, events, claims,
 * verdicts) is derived lazily and recomputed after any change.
 */
export class Corpus {
	readonly #articles = new Map<string, Article>();
	#aliases: readonly (readonly string[])[] = [];
	/** The current state, or null after a change. */
	#state: State | null = null;
	/** The last full recomputation, and the articles edited since. */
	#base: State | null = null;
	readonly #changed = new Set<string>();
	/** A change a provisional view cannot absorb (a deletion, new aliases). */
	#structural = false;

	/** Groups of names the user declares to be one actor (from the workspace file). */
	setDeclaredAliases(groups: readonly (readonly string[])[]): void {
		if (JSON.stringify(groups) !== JSON.stringify(this.#aliases)) {
			this.#aliases = groups;
			this.#invalidate(true);
		}
	}

	/** Adds or replaces an article; `extraction` may come from a cache or a worker. */
	/** Per-article limits for the extractions this corpus makes itself. */
	limits: ExtractionLimits = defaultLimits;

	set(uri: string, text: string, extraction?: ArticleExtraction): Article {
		const article = { uri, text, extraction: extraction ?? extractArticle(text, this.limits) };
		const existed = this.#articles.has(uri);
		this.#articles.set(uri, article);
		this.#changed.add(uri);
		this.#invalidate(!existed);
		return article;
	}

	delete(uri: string): boolean {
		const had = this.#articles.delete(uri);
		if (had) { this.#invalidate(true); }
		return had;
	}

	#invalidate(structural: boolean): void {
		this.#state = null;
		this.#structural ||= structural;
	}

	get(uri: string): Article | undefined {
		return this.#articles.get(uri);
	}

	get size(): number {
		return this.#articles.size;
	}

	uris(): string[] {
		return [...this.#articles.keys()];
	}

	/**
	 * The cross-article view. After a few edits it is provisional: only the
	 * edited articles are re-placed and the buckets they touch re-judged; a full
	 * recomputation follows when {@link settle} is called (the server does so
	 * once the user pauses), so the result always converges to a cold analysis.
	 */
	view(): CorpusView {
		if (!this.#state) {
			const provisional = this.#base && this.#changed.size > 0 && this.#changed.size <= MAX_PATCHED && !this.#structural;
			this.#state = provisional ? derivePatched(this.#base!, this.#articles, this.#changed) : derive(this.#articles, this.#aliases);
			if (!provisional) {
				this.#base = this.#state;
				this.#changed.clear();
				this.#structural = false;
			}
		}
		return this.#state.view;
	}

	/** True while the view is provisional (edits not yet folded into a full recomputation). */
	get provisional(): boolean {
		return this.#changed.size > 0;
	}

	/** Recomputes the view in full if it is provisional. */
	settle(): void {
		if (!this.provisional) { return; }
		this.#state = derive(this.#articles, this.#aliases);
		this.#base = this.#state;
		this.#changed.clear();
		this.#structural = false;
	}
}

/** Edits folded into a provisional view before a full recomputation is needed anyway. */
const MAX_PATCHED = 20;

/** Everything derived, kept so that a provisional view can reuse what an edit did not touch. */
interface State {
	readonly view: CorpusView;
	readonly entities: EntityIndex;
	readonly references: Map<string, Reference>;
	readonly dates: Map<string, (DateValue | null)[]>;
	readonly articleEvents: Map<string, MergedEvents>;
	readonly clusters: Clusters;
	readonly clusterOf: Map<string, number>;
	readonly claims: readonly ResolvedClaim[];
	readonly findingOf: ReadonlyMap<ResolvedClaim, Finding>;
	readonly comparisons: (claim: ResolvedClaim) => { claim: ResolvedClaim; verdict: Verdict }[];
	readonly labels: Map<number, string>;
	byName?: Map<string, Entity>;
}

type MergedEvents = { events: ArticleEvent[]; eventOfDraft: number[] };

/** Dates and events of one article, given its reference date and how its names resolve. */
function articleStage(a: Article, ref: number | null, entityOf: (uri: string, m: ActorMention) => Entity | undefined): { dates: (DateValue | null)[]; merged: MergedEvents } {
	const dates = a.extraction.mentions.map(m => m.kind === 'date' ? resolveDate(m.expr, ref) : null);
	const facts = a.extraction.events.map(d => draftFacts(a, d, i => dates[i] ?? null, entityOf));
	return { dates, merged: mergeArticleEvents(a.uri, a.extraction.events, facts, ref === null ? undefined : { first: ref - 7, last: ref + 1 }) };
}

/** The claims of one article, placed in the corpus. */
function resolveClaims(a: Article, dates: (DateValue | null)[], merged: MergedEvents, clusterOf: Map<string, number>, reference: Reference): ResolvedClaim[] {
	const sentencePlaces = new Map<number, Set<string>>();
	const placesOf = (sentence: number) => {
		let set = sentencePlaces.get(sentence);
		if (!set) {
			const span = a.extraction.sentences[sentence];
			set = new Set(a.extraction.mentions.flatMap(m => m.kind === 'actor' && (m.type === 'place' || m.type === 'state') && m.span.start >= span.start && m.span.end <= span.end ? [lookupPlace(m.name)?.country ?? ''] : []).filter(Boolean));
			sentencePlaces.set(sentence, set);
		}
		return set;
	};
	return a.extraction.claims.map((c, index) => {
		const articleEvent = c.event >= 0 ? merged.eventOfDraft[c.event] : -1;
		const event = merged.events[articleEvent];
		const mention = a.extraction.mentions[c.mention];
		return {
			article: a, index, draft: c, mention,
			date: mention.kind === 'date' ? dates[c.mention] ?? null : null,
			since: c.since >= 0 ? dates[c.since] ?? null : null,
			sinceMention: c.since >= 0 ? a.extraction.mentions[c.since] as DateMention : null,
			cluster: articleEvent >= 0 ? clusterOf.get(`${a.uri}#${articleEvent}`) ?? -1 : -1,
			zone: placeZone(a, event), where: new Set([...whereOf(event), ...(c.since >= 0 ? placesOf(c.sentence) : [])]), groups: new Set(event?.facts.groups ?? []), reference,
		};
	});
}

function derive(articles: ReadonlyMap<string, Article>, aliases: readonly (readonly string[])[]): State {
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
	const clusters = clusterEvents(sorted.map(a => articleEvents.get(a.uri)!.events));
	const claims = sorted.flatMap(a => resolveClaims(a, dates.get(a.uri)!, articleEvents.get(a.uri)!, clusters.of, references.get(a.uri)!));
	const judged = judgeClaims(claims);
	const labels = eventLabels(sorted, articleEvents, clusters.of, entities);
	return finish(articles, sorted, { entities, references, dates, articleEvents, clusters, clusterOf: clusters.of, claims, findingOf: judged.findingOf, comparisons: judged.comparisons, labels });
}

/** A provisional view after edits to `changed`: the rest of the corpus as it was, the edited articles placed into it. */
function derivePatched(base: State, articles: ReadonlyMap<string, Article>, changed: ReadonlySet<string>): State {
	const sorted = [...articles.values()].sort((a, b) => a.uri < b.uri ? -1 : 1);
	base.byName ??= entitiesByName(base.entities);
	const byName = base.byName;
	const entityOf = (uri: string, m: ActorMention) => base.entities.entityOf(uri, m.name) ?? byName.get(normalizeName(lexicalName(m.name)));
	const references = new Map(base.references);
	const dates = new Map(base.dates);
	const articleEvents = new Map(base.articleEvents);
	const clusterOf = new Map(base.clusterOf);
	let next = base.clusters.next;
	for (const id of base.clusterOf.values()) { if (id >= next) { next = id + 1; } }
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
		fresh.push(...resolveClaims(a, stage.dates, stage.merged, clusterOf, reference));
	}
	const kept = base.claims.filter(c => !changed.has(c.article.uri));
	const claims = [...kept, ...fresh];
	// Re-judge only the buckets the edit touched (its old and new claims); keep every other verdict.
	const touched = new Set([...base.claims.filter(c => changed.has(c.article.uri)), ...fresh].flatMap(bucketKeys));
	const subset = claims.filter(c => bucketKeys(c).some(k => touched.has(k)));
	const inSubset = new Set(subset);
	const judged = judgeClaims(subset);
	const findingOf = new Map<ResolvedClaim, Finding>();
	for (const [c, f] of base.findingOf) { if (!changed.has(c.article.uri) && !inSubset.has(c)) { findingOf.set(c, f); } }
	for (const [c, f] of judged.findingOf) { findingOf.set(c, f); }
	const comparisons = (claim: ResolvedClaim) => inSubset.has(claim) ? judged.comparisons(claim) : base.comparisons(claim);
	return finish(articles, sorted, { entities: base.entities, references, dates, articleEvents, clusters: base.clusters, clusterOf, claims, findingOf, comparisons, labels: base.labels });
}

function entitiesByName(index: EntityIndex): Map<string, Entity> {
	const byName = new Map<string, Entity>();
	for (const e of index.entities.values()) {
		for (const spelling of e.spellings.keys()) { byName.set(normalizeName(lexicalName(spelling)), e); }
	}
	return byName;
}

function finish(articles: ReadonlyMap<string, Article>, sorted: readonly Article[], s: Omit<State, 'view'>): State {
	const entityOf = (uri: string, m: ActorMention) => s.entities.entityOf(uri, m.name) ?? s.byName?.get(normalizeName(lexicalName(m.name)));
	let occurrences: Map<string, { uri: string; mention: ActorMention }[]> | undefined;
	const byUri = new Map<string, ResolvedClaim[]>();
	for (const c of s.claims) { push(byUri, c.article.uri, c); }
	const findings = [...s.findingOf.values()].sort((x, y) => x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : x.span.start - y.span.start);
	const findingsByUri = new Map<string, Finding[]>();
	for (const f of findings) { push(findingsByUri, f.uri, f); }
	const view: CorpusView = {
		articles, references: s.references, entityOf, entities: s.entities, claims: s.claims,
		dateOf: (uri, i) => s.dates.get(uri)?.[i] ?? null,
		claimsOf: uri => byUri.get(uri) ?? [],
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
	return { ...s, view };
}

function* sightings(articles: readonly Article[]): Iterable<NameSighting> {
	for (const a of articles) {
		for (const m of a.extraction.mentions) {
			if (m.kind === 'actor') { yield { article: a.uri, name: m.name, type: m.type, aliases: m.aliases }; }
		}
	}
}

function draftFacts(a: Article, d: ArticleExtraction['events'][number], dateOf: (mentionIndex: number) => DateValue | null, entityOf: (uri: string, m: ActorMention) => Entity | undefined): DraftFacts {
	const mentions = a.extraction.mentions;
	const facts: DraftFacts = { first: null, last: null, places: new Set(), countries: new Set(), groups: new Set(), persons: new Set(), words: new Set([d.word]), anaphoric: d.anaphoric };
	for (const i of d.dates) {
		const v = dateOf(i);
		if (v && facts.first === null) { facts.first = v.first; facts.last = v.last; }
	}
	for (const i of d.places) {
		const m = mentions[i] as ActorMention;
		const e = entityOf(a.uri, m);
		const place = lookupPlace(e?.canonical ?? m.name);
		if (place) { facts.countries.add(place.country); }
		if (m.type === 'place' && e) { facts.places.add(e.id); }
	}
	for (const i of d.actors) {
		const m = mentions[i] as Mention;
		if (m.kind !== 'actor') { continue; }
		const e = entityOf(a.uri, m);
		if (!e) { continue; }
		if (e.type === 'group') { facts.groups.add(e.id); }
		if (e.type === 'person') { facts.persons.add(e.id); }
	}
	return facts;
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

/** Names each corpus event by its most common trigger word, a named place and the earliest date. */
function eventLabels(articles: readonly Article[], articleEvents: Map<string, { events: ArticleEvent[] }>, cluster: Map<string, number>, entities: EntityIndex): Map<number, string> {
	const parts = new Map<number, { words: Map<string, number>; places: Set<string>; first: number | null }>();
	for (const a of articles) {
		for (const e of articleEvents.get(a.uri)!.events) {
			const id = cluster.get(`${a.uri}#${e.index}`) ?? -1;
			const p = parts.get(id) ?? { words: new Map(), places: new Set(), first: null };
			parts.set(id, p);
			for (const w of e.facts.words) { p.words.set(w, (p.words.get(w) ?? 0) + 1); }
			for (const place of e.facts.places) { p.places.add(entities.entities.get(place)?.canonical ?? place); }
			if (e.facts.first !== null && !e.facts.approximate && (p.first === null || e.facts.first < p.first)) { p.first = e.facts.first; }
		}
	}
	const labels = new Map<number, string>();
	for (const [id, p] of parts) {
		const word = [...p.words].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? 'event';
		const date = p.first === null ? '' : ` · ${new Date(p.first * 86_400_000).toISOString().slice(0, 10)}`;
		labels.set(id, `${word}${p.places.size ? ` · ${[...p.places].sort().join(', ')}` : ''}${date}`);
	}
	return labels;
}


function whereOf(event: ArticleEvent | undefined): Set<string> {
	return event ? new Set([...event.facts.places, ...event.facts.countries]) : new Set();
}

function placeZone(a: Article, event: ArticleEvent | undefined): string | null {
	if (!event) { return null; }
	for (const d of event.drafts) {
		for (const i of a.extraction.events[d].places) {
			const zone = lookupPlace((a.extraction.mentions[i] as ActorMention).name)?.zone;
			if (zone) { return zone; }
		}
	}
	return null;
}
