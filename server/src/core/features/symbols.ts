import type { Span } from '../types';
import type { Corpus } from '../corpus';
import { formatInterval } from './format';

/** An outline entry: one group per kind of mention, with the mentions under it. */
export interface ArticleSymbol {
	readonly name: string;
	readonly detail: string;
	readonly kind: 'actor' | 'date' | 'time' | 'number' | 'group';
	readonly span: Span;
	readonly children: readonly ArticleSymbol[];
}

/** The article's actors (one entry per entity), dates, times and numbers as an outline. */
export function getArticleSymbols(corpus: Corpus, uri: string): ArticleSymbol[] {
	const article = corpus.get(uri);
	if (!article) { return []; }
	const view = corpus.view();
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
			groups.date.push({ name: m.text, detail: view.dateOf(uri, i)?.iso ?? 'unresolved', kind: 'date', span: m.span, children: [] });
		} else if (m.kind === 'time') {
			groups.time.push({ name: m.text, detail: `${String(m.hour).padStart(2, '0')}:${String(m.minute).padStart(2, '0')}${m.zone === null ? '' : ` ${m.zone}`}`, kind: 'time', span: m.span, children: [] });
		} else {
			groups.number.push({ name: m.text, detail: `${formatInterval(m.value)}${m.counted ? ` ${m.counted}` : ''}`, kind: 'number', span: m.span, children: [] });
		}
	});
	const titles = { actor: 'Actors', date: 'Dates', time: 'Times', number: 'Numbers' } as const;
	return (Object.keys(groups) as (keyof typeof groups)[]).filter(k => groups[k].length).map(k => ({
		name: titles[k], detail: `${groups[k].length}`, kind: 'group', children: groups[k],
		span: { start: groups[k][0].span.start, end: groups[k][groups[k].length - 1].span.end },
	}));
}
