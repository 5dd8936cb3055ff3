import type { Span } from '../types';
import type { CorpusView } from '../corpus/view';
import type { Verdict } from '../findings/judge';
import type { ArticleLocation } from './navigation';

/** A summary over a sentence that carries compared claims: "3 sources agree · 1 contradicts". */
export interface ComparisonLens {
	readonly span: Span;
	readonly title: string;
	/** The other passages, for the command that shows them. */
	readonly locations: readonly ArticleLocation[];
}

/** How each verdict reads in a lens, for one article and for several. */
const WORDS: Record<Verdict, [string, string]> = { agrees: ['agrees', 'agree'], compatible: ['agrees', 'agree'], update: ['update', 'updates'], tension: ['differs', 'differ'], contradicts: ['contradicts', 'contradict'] };
/** Worst first: an article that contradicts one claim of the sentence and agrees with another counts as contradicting. */
const ORDER: Verdict[] = ['contradicts', 'tension', 'update', 'compatible', 'agrees'];
/** Lens titles stay short enough to read above a line ("3 agree · 2 contradict · 1 update"). */
export const MAX_LENS_TITLE = 50;

/** One lens per sentence whose claims other articles also state, counting each other article once, by its worst verdict. */
export function getComparisonLenses(view: CorpusView, uri: string): ComparisonLens[] {
	const article = view.articles.get(uri);
	if (!article) { return []; }
	const bySentence = new Map<number, { worst: Map<string, Verdict>; locations: ArticleLocation[] }>();
	for (const claim of view.claimsOf(uri)) {
		const others = view.comparisons(claim).filter(o => o.claim.article.uri !== uri);
		if (!others.length) { continue; }
		const entry = bySentence.get(claim.draft.sentence) ?? { worst: new Map<string, Verdict>(), locations: [] as ArticleLocation[] };
		bySentence.set(claim.draft.sentence, entry);
		for (const o of others) {
			const before = entry.worst.get(o.claim.article.uri);
			if (!before || ORDER.indexOf(o.verdict) < ORDER.indexOf(before)) { entry.worst.set(o.claim.article.uri, o.verdict); }
			entry.locations.push({ uri: o.claim.article.uri, span: o.claim.draft.span });
		}
	}
	return [...bySentence].sort((a, b) => a[0] - b[0]).map(([sentence, entry]) => ({
		span: article.extraction.sentences[sentence], title: lensTitle(entry.worst), locations: entry.locations,
	}));
}

/** "3 agree · 2 contradict · 1 update", in reading order, cut to {@link MAX_LENS_TITLE} characters. */
function lensTitle(worst: ReadonlyMap<string, Verdict>): string {
	const counts = new Map<string, number>();
	for (const v of worst.values()) {
		const word = WORDS[v][1];
		counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	const order = ['agree', 'contradict', 'differ', 'updates'];
	const parts = order.filter(w => counts.has(w)).map(w => {
		const n = counts.get(w)!;
		const verdict = (Object.keys(WORDS) as Verdict[]).find(v => WORDS[v][1] === w)!;
		return `${n} ${WORDS[verdict][n === 1 ? 0 : 1]}`;
	});
	const title = parts.join(' · ');
	return title.length <= MAX_LENS_TITLE ? title : `${title.slice(0, MAX_LENS_TITLE - 1)}…`;
}
