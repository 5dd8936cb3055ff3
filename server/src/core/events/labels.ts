import type { Article } from '../claims/extractArticle';
import type { EntityIndex } from '../mentions/entities';
import type { ArticleEvent } from './articleEvents';

/** Names each corpus event by its most common trigger word, a named place and the earliest date. */
export function eventLabels(articles: readonly Article[], articleEvents: Map<string, { events: ArticleEvent[] }>, cluster: Map<string, number>, entities: EntityIndex): Map<number, string> {
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
