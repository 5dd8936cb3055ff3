import type { Span } from '../types';
import type { CorpusView } from '../corpus/view';

/** What a highlighted span is: the core's own vocabulary, mapped to LSP token types by the adapter. */
export interface HighlightToken {
	readonly span: Span;
	readonly kind: 'actor' | 'date' | 'time' | 'number';
	/** person | organization | place for actors (groups count as organisations, states as places); approximate for hedged numbers. */
	readonly modifiers: readonly string[];
}

/** Which kinds to highlight (the `corroborate.highlight.*` settings). */
export interface HighlightOptions {
	readonly actors: boolean;
	readonly dates: boolean;
	readonly numbers: boolean;
}

/** The highlights of an article, in document order, optionally limited to a span. */
export function getHighlights(view: CorpusView, uri: string, options: HighlightOptions, range?: Span): HighlightToken[] {
	const article = view.articles.get(uri);
	if (!article) { return []; }
	const out: HighlightToken[] = [];
	for (const m of article.extraction.mentions) {
		if (range && (m.span.end <= range.start || m.span.start >= range.end)) { continue; }
		if (m.kind === 'actor' && options.actors) {
			const family = m.type === 'person' ? 'person' : m.type === 'place' || m.type === 'state' ? 'place' : 'organization';
			out.push({ span: m.span, kind: 'actor', modifiers: [family] });
		} else if ((m.kind === 'date' || m.kind === 'time') && options.dates && !(m.kind === 'date' && m.implied)) {
			// A day only implied for a clock time shares the time's span: the time is highlighted once.
			out.push({ span: m.span, kind: m.kind, modifiers: m.kind === 'time' ? ['time'] : [] });
		} else if (m.kind === 'number' && options.numbers) {
			out.push({ span: m.span, kind: 'number', modifiers: m.hedge ? ['approximate'] : [] });
		}
	}
	return out;
}
