import type { ActorMention, DateMention, Mention } from './types';
import { extractArticle, type ArticleExtraction } from './extract/article';
import { resolveEntities, type Entity, type EntityIndex, type NameSighting } from './entities/resolve';
import { parseIsoDay, resolveDate, type DateValue } from './claims/resolveDate';
import { compatible, matchEvents, mergeArticleEvents, type ArticleEvent, type DraftFacts } from './claims/events';
import { judgeClaims, type Finding, type ResolvedClaim, type Verdict } from './claims/judge';
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
	#view: CorpusView | null = null;

	/** Groups of names the user declares to be one actor (from the workspace file). */
	setDeclaredAliases(groups: readonly (readonly string[])[]): void {
		if (JSON.stringify(groups) !== JSON.stringify(this.#aliases)) {
			this.#aliases = groups;
			this.#view = null;
		}
	}

	/** Adds or replaces an article; `extraction` may come from a cache or a worker. */
	set(uri: string, text: string, extraction?: ArticleExtraction): Article {
		const article = { uri, text, extraction: extraction ?? extractArticle(text) };
		this.#articles.set(uri, article);
		this.#view = null;
		return article;
	}

	delete(uri: string): boolean {
		const had = this.#articles.delete(uri);
		if (had) { this.#view = null; }
		return had;
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

	/** The cross-article view, computed on first use after a change. */
	view(): CorpusView {
		this.#view ??= derive(this.#articles, this.#aliases);
		return this.#view;
	}
}

function derive(articles: ReadonlyMap<string, Article>, aliases: readonly (readonly string[])[]): CorpusView {
	const sorted = [...articles.values()].sort((a, b) => a.uri < b.uri ? -1 : 1);
	const entities = resolveEntities(sightings(sorted), aliases);
	const references = estimateReferences(sorted);
	const dates = new Map<string, (DateValue | null)[]>();
	for (const a of sorted) {
		const ref = references.get(a.uri)!.day;
		dates.set(a.uri, a.extraction.mentions.map(m => m.kind === 'date' ? resolveDate(m.expr, ref) : null));
	}
	const dateOf = (uri: string, i: number) => dates.get(uri)?.[i] ?? null;
	const entityOf = (uri: string, m: ActorMention) => entities.entityOf(uri, m.name);
	const articleEvents = new Map<string, { events: ArticleEvent[]; eventOfDraft: number[] }>();
	for (const a of sorted) {
		const facts = a.extraction.events.map(d => draftFacts(a, d, dateOf, entityOf));
		const ref = references.get(a.uri)!.day;
		articleEvents.set(a.uri, mergeArticleEvents(a.uri, a.extraction.events, facts, ref === null ? undefined : { first: ref - 7, last: ref + 1 }));
	}
	const cluster = clusterEvents(sorted.map(a => articleEvents.get(a.uri)!.events));
	const claims: ResolvedClaim[] = [];
	for (const a of sorted) {
		const { eventOfDraft } = articleEvents.get(a.uri)!;
		a.extraction.claims.forEach((c, index) => {
			const articleEvent = c.event >= 0 ? eventOfDraft[c.event] : -1;
			const mention = a.extraction.mentions[c.mention];
			claims.push({
				article: a, index, draft: c, mention,
				date: mention.kind === 'date' ? dateOf(a.uri, c.mention) : null,
				since: c.since >= 0 ? dateOf(a.uri, c.since) : null,
				sinceMention: c.since >= 0 ? a.extraction.mentions[c.since] as DateMention : null,
				cluster: articleEvent >= 0 ? cluster.get(`${a.uri}#${articleEvent}`) ?? -1 : -1,
				zone: placeZone(a, articleEvents.get(a.uri)!.events[articleEvent]),
				where: whereOf(articleEvents.get(a.uri)!.events[articleEvent]),
				groups: new Set(articleEvents.get(a.uri)!.events[articleEvent]?.facts.groups ?? []),
				reference: references.get(a.uri)!,
			});
		});
	}
	const judged = judgeClaims(claims);
	const labels = eventLabels(sorted, articleEvents, cluster, entities);
	let occurrences: Map<string, { uri: string; mention: ActorMention }[]> | undefined;
	const byUri = new Map<string, ResolvedClaim[]>();
	for (const c of claims) { push(byUri, c.article.uri, c); }
	const findingsByUri = new Map<string, Finding[]>();
	for (const f of judged.findings) { push(findingsByUri, f.uri, f); }
	return {
		articles, references, dateOf, entityOf, entities, claims,
		claimsOf: uri => byUri.get(uri) ?? [],
		comparisons: claim => judged.comparisons(claim),
		findingsOf: uri => findingsByUri.get(uri) ?? [],
		findings: judged.findings,
		clusterOf: (uri, e) => cluster.get(`${uri}#${e}`) ?? -1,
		eventLabel: id => labels.get(id) ?? `event ${id}`,
		occurrencesOf: id => {
			occurrences ??= indexOccurrences(sorted, entityOf);
			return occurrences.get(id) ?? [];
		},
	};
}

function* sightings(articles: readonly Article[]): Iterable<NameSighting> {
	for (const a of articles) {
		for (const m of a.extraction.mentions) {
			if (m.kind === 'actor') { yield { article: a.uri, name: m.name, type: m.type, aliases: m.aliases }; }
		}
	}
}

/**
 * An article's reference date is its dateline. An undated article borrows the
 * dateline of the dated article it shares most written dates ("Jan. 28") and
 * names with: evidence from the corpus, marked as borrowed wherever it shows.
 */
function estimateReferences(articles: readonly Article[]): Map<string, Reference> {
	const refs = new Map<string, Reference>();
	const fingerprint = (a: Article) => {
		const keys = new Map<string, number>();
		for (const m of a.extraction.mentions) {
			if (m.kind === 'date' && m.expr.type === 'absolute' && m.expr.month && m.expr.day) { keys.set(`d:${m.expr.month}-${m.expr.day}`, 3); }
			if (m.kind === 'actor' && m.type !== 'state') { keys.set(`n:${m.name.toLowerCase()}`, 1); }
		}
		return keys;
	};
	// Inverted index of dated articles by written day and name; keys shared by very many articles say little and are skipped.
	const postings = new Map<string, Article[]>();
	for (const a of articles) {
		if (!a.extraction.published) { continue; }
		for (const key of fingerprint(a).keys()) { push(postings, key, a); }
	}
	const RARE = 200;
	for (const a of articles) {
		if (a.extraction.published) {
			refs.set(a.uri, { day: parseIsoDay(a.extraction.published.value), borrowedFrom: null });
			continue;
		}
		const scores = new Map<Article, number>();
		for (const [key, weight] of fingerprint(a)) {
			const list = postings.get(key);
			if (!list || list.length > RARE) { continue; }
			for (const d of list) { scores.set(d, (scores.get(d) ?? 0) + weight); }
		}
		let best: Article | null = null;
		let bestScore = 0;
		for (const [d, score] of scores) {
			if (score > bestScore || (score === bestScore && best && d.uri < best.uri)) { best = d; bestScore = score; }
		}
		refs.set(a.uri, best && bestScore >= 4 ? { day: parseIsoDay(best.extraction.published!.value), borrowedFrom: best.uri } : { day: null, borrowedFrom: null });
	}
	return refs;
}

function draftFacts(a: Article, d: ArticleExtraction['events'][number], dateOf: (uri: string, i: number) => DateValue | null, entityOf: (uri: string, m: ActorMention) => Entity | undefined): DraftFacts {
	const mentions = a.extraction.mentions;
	const facts: DraftFacts = { first: null, last: null, places: new Set(), countries: new Set(), groups: new Set(), persons: new Set(), words: new Set([d.word]), anaphoric: d.anaphoric };
	for (const i of d.dates) {
		const v = dateOf(a.uri, i);
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
			if (e.facts.first !== null && (p.first === null || e.facts.first < p.first)) { p.first = e.facts.first; }
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) { list.push(value); } else { map.set(key, [value]); }
}

const MONTH = 30;

/**
 * Blocking keys of an event: its named places, groups and persons, and its
 * countries, each with the month of its date (and the next, so events up to a
 * month apart meet), so that only events that could be one are compared.
 */
function blockingKeys(e: ArticleEvent): string[] {
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

/**
 * Clusters article events into corpus events. Each event, in a fixed order, is
 * compared with the clusters already met in its blocks (not with every event),
 * and joins those it matches when the merged cluster stays compatible, so
 * two accounts linked through a vaguer third are never one event with two
 * places or groups. Events of the same article are never merged here.
 */
function sharesArticle(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const x of small) { if (large.has(x)) { return true; } }
	return false;
}

function clusterEvents(perArticle: readonly ArticleEvent[][]): Map<string, number> {
	const all = perArticle.flat();
	const parent = all.map((_, i) => i);
	const find = (i: number): number => parent[i] === i ? i : (parent[i] = find(parent[i]));
	const merged = all.map(e => ({
		facts: { ...e.facts, places: new Set(e.facts.places), countries: new Set(e.facts.countries), groups: new Set(e.facts.groups), persons: new Set(e.facts.persons) },
		articles: new Set([e.article]),
	}));
	const blocks = new Map<string, number[]>();
	for (let i = 0; i < all.length; i++) {
		for (const key of blockingKeys(all[i])) {
			const block = blocks.get(key) ?? [];
			for (const member of block) {
				const r = find(member);
				const ri = find(i);
				if (r === ri || sharesArticle(merged[r].articles, merged[ri].articles)) { continue; }
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
	return new Map(all.map((e, i) => [`${e.article}#${e.index}`, find(i)]));
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
