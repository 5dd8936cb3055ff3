/**
 * The custom messages between the Corroborate client and server, and the
 * article language both decide by, in one file both bundle (the client through
 * a relative import), so they cannot drift.
 */
import type { Range } from 'vscode-languageserver-protocol';

/** The language of files that are articles whatever their shape (`.article` and `.news` files; package.json contributes it). */
export const ARTICLE_LANGUAGE = 'news-article';

/**
 * Counts the server reports after each diagnostics pass, shown in the status items. The problem counts are
 * those of the diagnostics the server last reported (every article, workspace file and skipped file), so
 * `errors + warnings + information` is what the editor's Problems panel lists from Corroborate; hints are
 * shown in the editor only and counted apart.
 */
export interface StatusParams {
	/** Files recognised as articles (in the claim index). */
	articles: number;
	/** Text files that were not recognised as articles and are left alone (listed by {@link NonArticlesRequest}). */
	notArticles: number;
	/** Diagnostics at error or warning severity that compare two sources (codes `claim.*`). */
	contradictions: number;
	/** All diagnostics, hints included (`errors + warnings + information + hints`). */
	findings: number;
	errors: number;
	warnings: number;
	information: number;
	/** Hints (spelling variants): shown in the editor, not in the Problems panel. */
	hints: number;
	/** `true` while the server is still reading the workspace. */
	indexing: boolean;
	/** Files left out, for example because they exceed `corroborate.maxFileSize`. */
	skipped: number;
}

/** Sent by the server to the client whenever {@link StatusParams} change. */
export namespace StatusNotification { // eslint-disable-line @typescript-eslint/no-namespace -- LSP message convention, STYLE.md §3
	export const method = 'corroborate/status';
}

/** A passage in an article, as an LSP location. */
export interface PassageLocation {
	uri: string;
	range: Range;
}

/** One cell of the comparison table: what one article says about one fact. */
export interface CompareCell extends PassageLocation {
	quote: string;
	value: string;
	attribution: string | null;
	/** The day the figure was given (the article's dateline), ISO `YYYY-MM-DD`, or `null`. */
	asOf: string | null;
	/** How it stands against the other articles (the worst verdict), or `null` when no other article states it. */
	verdict: Verdict | null;
	/** How it stands against the row's most reported value (`agrees` when it gives it), or `null` when no other article states it. */
	standing: Verdict | null;
}

/** How one statement stands against another of the same fact. */
export type Verdict = 'agrees' | 'compatible' | 'update' | 'tension' | 'contradicts';

/** An event's facts against the articles, and the timeline of its dated statements. */
export interface CompareResult {
	event: number;
	label: string;
	/** The articles, oldest first. */
	articles: { uri: string; published: string | null }[];
	/**
	 * One row per fact: a cell per article stating it (articles without one did not report it), the distinct
	 * values with the articles giving each (most reported first; `reference` is the first), and for a figure that changes (`rises`, `varies`) every statement
	 * by the time it was given.
	 */
	facts: { fact: string; label: string; change: 'rises' | 'varies' | 'fixed'; reference: string; cells: CompareCell[]; values: { value: string; uris: string[] }[]; timeline: CompareCell[] }[];
	timeline: { date: string; cell: CompareCell }[];
}

/** Sent by the client ("Compare Sources" command): the event of the claim at a position. */
export namespace CompareRequest { // eslint-disable-line @typescript-eslint/no-namespace -- LSP message convention, STYLE.md §3
	export const method = 'corroborate/compare';
}

/** One finding (a diagnostic) of a {@link FindingsGroup}. */
export interface FindingItem extends PassageLocation {
	severity: string;
	code: string;
	message: string;
}

/** Findings grouped by event and fact, for the findings tree view. */
export interface FindingsGroup {
	event: number;
	label: string;
	facts: { fact: string; label: string; findings: FindingItem[] }[];
}

/**
 * Sent by the client (findings tree view) to list every finding in the workspace.
 * It has no params; the server also accepts `null` params, as some clients send.
 */
export namespace FindingsRequest { // eslint-disable-line @typescript-eslint/no-namespace -- LSP message convention, STYLE.md §3
	export const method = 'corroborate/findings';
}

/** A text file that was not recognised as an article, and why ("a licence or notice"). */
export interface NonArticle {
	uri: string;
	reason: string;
}

/**
 * Sent by the client (the status item's list of skipped files) to list the
 * text files that were not recognised as articles, sorted by URI. No params.
 */
export namespace NonArticlesRequest { // eslint-disable-line @typescript-eslint/no-namespace -- LSP message convention, STYLE.md §3
	export const method = 'corroborate/nonArticles';
}
