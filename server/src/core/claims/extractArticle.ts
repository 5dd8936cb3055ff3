import type { Mention, Span } from '../types';
import { sentenceSpans, tokenize } from '../text/scan';
import { boundedText, countWords, defaultLimits, findTitle, findTitleSentences, type ExtractionLimits } from '../text/layout';
import { extractMentions } from '../mentions/extractMentions';
import type { Dateline, DatelineDay } from '../mentions/dateline';
import { extractClaims, type ClaimDraft, type EventDraft } from './extractClaims';

/** Everything the core learns from one article's text alone, before it meets the rest of the corpus. */
export interface ArticleExtraction {
	/** The dateline's date (`YYYY-MM-DD`) and where it is written, when the article gives one. */
	readonly published: Dateline | null;
	/** A wire dateline's day written without its year ("LIMA, March 12 (Reuters) -"), when there is no full dateline. */
	readonly datelineDay?: DatelineDay | null;
	/** The headline, when the article starts with one. */
	readonly title: Span | null;
	readonly sentences: readonly Span[];
	/** Every mention, sorted by start offset. */
	readonly mentions: readonly Mention[];
	readonly events: readonly EventDraft[];
	readonly claims: readonly ClaimDraft[];
	/** Number of words read (for statistics and benchmarks). */
	readonly words: number;
	/** What was left out because a limit was reached, for the user to see. */
	readonly notes: readonly string[];
}

/** An article as the corpus holds it: its text and what was extracted from it. */
export interface Article {
	readonly uri: string;
	readonly text: string;
	readonly extraction: ArticleExtraction;
}

/** Finds the dateline, title, sentences, mentions, events and claims of an article. */
export function extractArticle(original: string, limits: ExtractionLimits = defaultLimits): ArticleExtraction {
	const notes: string[] = [];
	const text = boundedText(original, limits, notes);
	const tokens = tokenize(text);
	const sentences = sentenceSpans(text, tokens);
	const titleSentences = findTitleSentences(text, tokens, sentences);
	const { published, datelineDay, mentions } = extractMentions({ text, tokens, sentences, titleSentences, maxMentions: limits.maxMentions }, notes);
	const { events, claims } = extractClaims({ text, tokens, sentences, mentions, titleSentences, publishedYear: published ? Number(published.value.slice(0, 4)) : null });
	return { published, ...(datelineDay ? { datelineDay } : {}), title: findTitle(text, sentences, published?.span ?? null), sentences, mentions, events, claims, words: countWords(tokens), notes };
}
