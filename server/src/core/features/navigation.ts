import type { ActorMention, Span } from '../types';
import type { CorpusView } from '../corpus/view';
import type { Entity } from '../mentions/entities';
import { fileName } from '../util/text';
import { quote } from '../findings/messages';

/** A place in an article. */
export interface ArticleLocation {
	readonly uri: string;
	readonly span: Span;
}

/** The actor mention at an offset and its entity, if any. */
function actorAt(view: CorpusView, uri: string, offset: number): { mention: ActorMention; entity: Entity } | undefined {
	const article = view.articles.get(uri);
	const mention = article?.extraction.mentions.find(m => m.kind === 'actor' && m.span.start <= offset && offset < m.span.end) as ActorMention | undefined;
	const entity = mention && view.entityOf(uri, mention);
	return mention && entity ? { mention, entity } : undefined;
}

/** Sorts articles oldest first: by dateline (or borrowed reference), undated last, then by URI. */
function chronological(view: CorpusView, uris: string[]): string[] {
	const day = (uri: string) => view.references.get(uri)?.day ?? Number.MAX_SAFE_INTEGER;
	return uris.sort((a, b) => day(a) - day(b) || (a < b ? -1 : 1));
}

/** Every mention of an entity, in every article (spelling variants included), oldest article first. */
function occurrences(view: CorpusView, id: string, only?: string): ArticleLocation[] {
	const all = view.occurrencesOf(id).filter(o => !only || o.uri === only);
	const order = new Map(chronological(view, [...new Set(all.map(o => o.uri))]).map((u, i) => [u, i]));
	return all.map(o => ({ uri: o.uri, span: o.mention.span })).sort((a, b) => order.get(a.uri)! - order.get(b.uri)! || a.span.start - b.span.start);
}

/** Find All References on an actor: its mentions in all articles. */
export function getReferences(view: CorpusView, uri: string, offset: number): ArticleLocation[] {
	const hit = actorAt(view, uri, offset);
	return hit ? occurrences(view, hit.entity.id) : [];
}

/** Go to Definition on an actor: its first mention in the earliest article. */
export function getDefinition(view: CorpusView, uri: string, offset: number): ArticleLocation | null {
	return getReferences(view, uri, offset)[0] ?? null;
}

/** Document highlights: the actor's mentions in this article. */
export function getDocumentHighlights(view: CorpusView, uri: string, offset: number): Span[] {
	const hit = actorAt(view, uri, offset);
	return hit ? occurrences(view, hit.entity.id, uri).map(l => l.span) : [];
}

/** A workspace symbol: an actor (found by any spelling) or an event. */
export interface CorpusSymbol {
	readonly name: string;
	readonly detail: string;
	readonly kind: 'actor' | 'event';
	readonly location: ArticleLocation;
}

/** Actors and events whose names (any spelling) contain the query, case-insensitively. */
export function getWorkspaceSymbols(view: CorpusView, query: string, limit = 500): CorpusSymbol[] {
	const q = query.toLowerCase();
	const out: CorpusSymbol[] = [];
	for (const entity of view.entities.entities.values()) {
		if (out.length >= limit) { break; }
		const spellings = [...entity.spellings.keys()];
		if (q && !spellings.some(s => s.toLowerCase().includes(q)) && !entity.canonical.toLowerCase().includes(q)) { continue; }
		const first = occurrences(view, entity.id)[0];
		if (first) { out.push({ name: entity.canonical, detail: `${entity.type} · ${spellings.join(', ')}`, kind: 'actor', location: first }); }
	}
	const counts = new Map<number, number>();
	for (const c of view.claims) { counts.set(c.cluster, (counts.get(c.cluster) ?? 0) + 1); }
	const seen = new Set<number>();
	for (const c of view.claims) {
		if (out.length >= limit) { break; }
		if (c.cluster < 0 || seen.has(c.cluster) || (counts.get(c.cluster) ?? 0) < 2) { continue; }
		seen.add(c.cluster);
		const name = view.eventLabel(c.cluster);
		if (q && !name.toLowerCase().includes(q)) { continue; }
		out.push({ name, detail: `${counts.get(c.cluster)} statements · first: ${quote(c)} in ${fileName(c.article.uri)}`, kind: 'event', location: { uri: c.article.uri, span: c.draft.span } });
	}
	return out;
}
