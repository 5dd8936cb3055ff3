import type { Span } from '../types';
import type { CorpusView } from '../corpus/view';
import { formatInterval, formatTimeMention } from '../findings/format';
import { factLabel } from '../claims/facts';

/** An outline entry: one group per kind of mention, with the mentions under it. */
export interface ArticleSymbol {
	readonly name: string;
	readonly detail: string;
	readonly kind: 'actor' | 'date' | 'time' | 'number' | 'group' | 'event' | 'claim';
	readonly span: Span;
	readonly children: readonly ArticleSymbol[];
}

/** The article's actors (one entry per entity), dates, times and numbers as an outline. */
export function getArticleSymbols(view: CorpusView, uri: string): ArticleSymbol[] {
	const article = view.articles.get(uri);
	if (!article) { return []; }
	const groups: Record<'actor' | 'date' | 'time' | 'number', ArticleSymbol[]> = { actor: [], date: [], time: [], number: [] };
	const seenEntities = new Set<string>();
	article.extraction.mentions.forEach((m, i) => {
		if (m.kind === 'actor') {
			const entity = view.entityOf(uri, m);
			const id = entity?.id ?? m.name;
			if (seenEntities.has(id)) { return; }
			seenEntities.add(id);
			groups.actor.push({ name: entity?.canonical ?? m.name, detail: entity?.type ?? m.type, kind: 'actor', span: m.span, children: [] });
		} else if (m.kind === 'date') {
			if (m.implied) { return; }
			groups.date.push({ name: m.text, detail: view.dateOf(uri, i)?.iso ?? 'unresolved', kind: 'date', span: m.span, children: [] });
		} else if (m.kind === 'time') {
			groups.time.push({ name: m.text, detail: formatTimeMention(m), kind: 'time', span: m.span, children: [] });
		} else {
			groups.number.push({ name: m.text, detail: `${formatInterval(m.value)}${m.counted ? ` ${m.counted}` : ''}`, kind: 'number', span: m.span, children: [] });
		}
	});
	const titles = { actor: 'Actors', date: 'Dates', time: 'Times', number: 'Numbers' } as const;
	const kinds = (Object.keys(groups) as (keyof typeof groups)[]).filter(k => groups[k].length).map((k): ArticleSymbol => ({
		name: titles[k], detail: `${groups[k].length}`, kind: 'group', children: groups[k],
		span: { start: groups[k][0].span.start, end: groups[k][groups[k].length - 1].span.end },
	}));
	return [...eventSymbols(view, uri), ...kinds];
}

/** The article's events, each with the claims it makes about them. */
function eventSymbols(view: CorpusView, uri: string): ArticleSymbol[] {
	const byEvent = new Map<number, ArticleSymbol[]>();
	for (const c of view.claimsOf(uri)) {
		if (c.cluster < 0) { continue; }
		const text = c.article.text.slice(c.draft.span.start, c.draft.span.end).replace(/\s+/g, ' ');
		const list = byEvent.get(c.cluster) ?? [];
		list.push({ name: factLabel(c.draft.fact), detail: text, kind: 'claim', span: c.draft.span, children: [] });
		byEvent.set(c.cluster, list);
	}
	if (!byEvent.size) { return []; }
	const events = [...byEvent].map(([id, claims]): ArticleSymbol => ({
		name: view.eventLabel(id), detail: `${claims.length} statement${claims.length === 1 ? '' : 's'}`, kind: 'event', children: claims,
		span: { start: Math.min(...claims.map(c => c.span.start)), end: Math.max(...claims.map(c => c.span.end)) },
	})).sort((a, b) => a.span.start - b.span.start);
	return [{ name: 'Events', detail: `${events.length}`, kind: 'group', children: events, span: { start: events[0].span.start, end: Math.max(...events.map(e => e.span.end)) } }];
}
