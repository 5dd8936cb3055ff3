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

const WORDS: Record<Verdict, [string, string]> = { agrees: ['agrees', 'agree'], compatible: ['compatible', 'compatible'], update: ['update', 'updates'], tension: ['in tension', 'in tension'], contradicts: ['contradicts', 'contradict'] };
const ORDER: Verdict[] = ['agrees', 'compatible', 'update', 'tension', 'contradicts'];

/** One lens per sentence whose claims other articles also state. */
export function getComparisonLenses(view: CorpusView, uri: string): ComparisonLens[] {
	const article = view.articles.get(uri);
	if (!article) { return []; }
	const bySentence = new Map<number, { verdicts: Map<Verdict, Set<string>>; locations: ArticleLocation[] }>();
	for (const claim of view.claimsOf(uri)) {
		const others = view.comparisons(claim);
		if (!others.length) { continue; }
		const entry = bySentence.get(claim.draft.sentence) ?? { verdicts: new Map<Verdict, Set<string>>(), locations: [] as ArticleLocation[] };
		bySentence.set(claim.draft.sentence, entry);
		for (const o of others) {
			const sources = entry.verdicts.get(o.verdict) ?? new Set();
			sources.add(o.claim.article.uri);
			entry.verdicts.set(o.verdict, sources);
			entry.locations.push({ uri: o.claim.article.uri, span: o.claim.draft.span });
		}
	}
	return [...bySentence].sort((a, b) => a[0] - b[0]).map(([sentence, entry]) => ({
		span: article.extraction.sentences[sentence],
		title: ORDER.filter(v => entry.verdicts.has(v)).map(v => {
			const n = entry.verdicts.get(v)!.size;
			return `${n} source${n === 1 ? '' : 's'} ${WORDS[v][n === 1 ? 0 : 1]}`;
		}).join(' · '),
		locations: entry.locations,
	}));
}
