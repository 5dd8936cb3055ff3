import type { Mention } from '../types';
import { dayNumber, parseIsoDay } from './dateValues';
import type { Dateline, DatelineDay } from './dateline';

/** Where an article's relative dates are resolved from. */
export interface Reference {
	/** Day number of the reference date, or null when none can be found. */
	readonly day: number | null;
	/** The article whose dateline lent its date to an undated article. */
	readonly borrowedFrom: string | null;
}

/** What reference estimation reads of an article. */
interface Dated {
	readonly uri: string;
	readonly extraction: { readonly published: Dateline | null; readonly datelineDay?: DatelineDay | null; readonly mentions: readonly Mention[] };
}

/**
 * An article's reference date is its dateline. An undated article borrows the
 * dateline of the dated article it shares most written dates ("Jan. 28") and
 * names with: evidence from the corpus, marked as borrowed wherever it shows.
 */
export function estimateReferences(articles: readonly Dated[]): Map<string, Reference> {
	const refs = new Map<string, Reference>();
	// One key string per name, not one per mention: a big folder names the same people thousands of times.
	const nameKeys = new Map<string, string>();
	const eachKey = (a: Dated, f: (key: string, weight: number) => void) => {
		for (const m of a.extraction.mentions) {
			if (m.kind === 'date' && m.expr.type === 'absolute' && m.expr.month && m.expr.day) { f(`d:${m.expr.month}-${m.expr.day}`, 3); }
			if (m.kind === 'actor' && m.type !== 'state') { f(nameKeys.get(m.name) ?? nameKeys.set(m.name, `n:${m.name.toLowerCase()}`).get(m.name)!, 1); }
		}
	};
	const fingerprint = (a: Dated) => {
		const keys = new Map<string, number>();
		eachKey(a, (key, weight) => keys.set(key, weight));
		return keys;
	};
	// Inverted index of dated articles by written day and name; keys shared by very many articles say little and are skipped.
	const postings = new Map<string, Dated[]>();
	for (const a of articles) {
		if (!a.extraction.published) { continue; }
		eachKey(a, key => {
			const list = postings.get(key);
			if (!list) { postings.set(key, [a]); } else if (list[list.length - 1] !== a) { list.push(a); }
		});
	}
	const RARE = 200;
	for (const a of articles) {
		if (a.extraction.published) {
			refs.set(a.uri, { day: parseIsoDay(a.extraction.published.value), borrowedFrom: null });
			continue;
		}
		const scores = new Map<Dated, number>();
		for (const [key, weight] of fingerprint(a)) {
			const list = postings.get(key);
			if (!list || list.length > RARE) { continue; }
			for (const d of list) { scores.set(d, (scores.get(d) ?? 0) + weight); }
		}
		let best: Dated | null = null;
		let bestScore = 0;
		for (const [d, score] of scores) {
			if (score > bestScore || (score === bestScore && best && d.uri < best.uri)) { best = d; bestScore = score; }
		}
		// For a dateline's own day only the year is borrowed: one shared name or date is evidence enough.
		const enough = a.extraction.datelineDay ? 1 : 4;
		refs.set(a.uri, best && bestScore >= enough ? { day: ownDay(a, parseIsoDay(best.extraction.published!.value)), borrowedFrom: best.uri } : { day: null, borrowedFrom: null });
	}
	return refs;
}

/** A borrowed day, or the day of the article's own dateline without a year ("March 12 (Reuters)") in the year that puts it nearest the borrowed day. */
function ownDay(a: Dated, borrowed: number): number {
	const own = a.extraction.datelineDay;
	if (!own) { return borrowed; }
	const year = new Date(borrowed * 86_400_000).getUTCFullYear();
	const days = [year - 1, year, year + 1].map(y => dayNumber(y, own.month, own.day));
	return days.reduce((best, d) => Math.abs(d - borrowed) < Math.abs(best - borrowed) ? d : best);
}
