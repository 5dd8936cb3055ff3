import type { Span } from '../types';
import type { CorpusView } from '../corpus/view';
import { utcMinutes } from '../events/placedClaims';
import { formatClock, formatInterval } from '../findings/format';

/** A short note shown after a mention: the value the engine resolved it to. */
export interface ValueHint {
	/** Where the hint goes (the end of the mention). */
	readonly offset: number;
	readonly label: string;
	readonly tooltip: string;
}


/**
 * Resolved values of relative or local expressions in a span: "Wednesday" →
 * 2024-02-07, "9:30 p.m. local" → 18:30 UTC, "more than 40" → ≥ 41. Mentions
 * that already say their value in full (a complete date, a bare count) get none.
 */
export function getValueHints(view: CorpusView, uri: string, range: Span): ValueHint[] {
	const article = view.articles.get(uri);
	if (!article) { return []; }
	const claims = view.claimsOf(uri);
	const hints: ValueHint[] = [];
	article.extraction.mentions.forEach((m, i) => {
		if (m.span.end <= range.start || m.span.start >= range.end) { return; }
		if (m.kind === 'date' && !(m.expr.type === 'absolute' && m.expr.year !== undefined) && m.role !== 'dateline') {
			const value = view.dateOf(uri, i);
			const ref = view.references.get(uri);
			if (value) { hints.push({ offset: m.span.end, label: `→ ${value.iso}`, tooltip: ref?.borrowedFrom ? `Estimated: this article has no date; resolved against the dateline of ${ref.borrowedFrom}` : 'Resolved against the article\'s dateline' }); }
		} else if (m.kind === 'time' && (m.zone !== null && m.zone !== 0)) {
			const claim = claims.find(c => c.draft.mention === i);
			const utc = claim ? utcMinutes(claim) : null;
			if (utc !== null) { hints.push({ offset: m.span.end, label: `→ ${formatClock(utc)} UTC`, tooltip: `Local time converted with the zone of the event's place${claim?.zone ? ` (${claim.zone})` : ''}` }); }
		} else if (m.kind === 'number' && m.hedge) {
			hints.push({ offset: m.span.end, label: `→ ${formatInterval(m.value)}`, tooltip: `Read as the interval ${formatInterval(m.value)} (likely ${formatInterval(m.loose)})` });
		}
	});
	return hints;
}
