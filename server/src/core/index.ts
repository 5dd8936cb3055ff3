import type { CancellationLike, Span } from './types';
import { Corpus } from './corpus';
import { extractArticle, type ArticleExtraction } from './extract/article';
import type { Finding } from './claims/judge';
import { getHighlights, type HighlightOptions, type HighlightToken } from './features/semanticTokens';
import { getHoverCard, type HoverCard } from './features/hover';
import { getArticleSymbols, type ArticleSymbol } from './features/symbols';
import { getReport, type ReportFile } from './features/report';

export * from './types';
export type { Finding, HighlightOptions, HighlightToken, HoverCard, ArticleSymbol, ArticleExtraction, ReportFile };
export { DiagnosticCode } from './claims/judge';
export { extractArticle };

/** Receives the core's log lines; the server sends them to the output channel. */
export interface ILogger {
	log(message: string): void;
}

/** What the service is created with. */
export interface CorroborateServiceInit {
	readonly logger?: ILogger;
}

/** Counts for the status item. */
export interface CorpusStatus {
	readonly articles: number;
	readonly contradictions: number;
	readonly findings: number;
}

/** The analysis core: articles in as text, highlights, hovers, findings and outlines out as plain data with offsets. */
export interface ICorroborateService {
	/** Adds or replaces an article. `extraction` may come from a cache or worker that ran {@link extractArticle} on the same text. */
	setArticle(uri: string, text: string, extraction?: ArticleExtraction): void;
	deleteArticle(uri: string): boolean;
	hasArticle(uri: string): boolean;
	articleUris(): string[];
	getSemanticTokens(uri: string, options: HighlightOptions, token: CancellationLike, range?: Span): HighlightToken[];
	getHover(uri: string, offset: number, token: CancellationLike): HoverCard | null;
	computeDiagnostics(uri: string, token: CancellationLike): Finding[];
	getDocumentSymbols(uri: string, token: CancellationLike): ArticleSymbol[];
	/** Every article's mentions with resolved values, and every finding: the CLI's JSON report. */
	getReport(token: CancellationLike): { files: ReportFile[]; findings: Finding[] };
	getStatus(): CorpusStatus;
}

/** Creates the analysis core. */
export function createCorroborateService(init: CorroborateServiceInit = {}): ICorroborateService {
	const corpus = new Corpus();
	const logger = init.logger;
	return Object.freeze({
		setArticle: (uri: string, text: string, extraction?: ArticleExtraction) => { corpus.set(uri, text, extraction); },
		deleteArticle: (uri: string) => corpus.delete(uri),
		hasArticle: (uri: string) => !!corpus.get(uri),
		articleUris: () => corpus.uris(),
		getSemanticTokens: (uri: string, options: HighlightOptions, _token: CancellationLike, range?: Span) => getHighlights(corpus, uri, options, range),
		getHover: (uri: string, offset: number, token: CancellationLike) => token.isCancellationRequested ? null : getHoverCard(corpus, uri, offset),
		computeDiagnostics: (uri: string, token: CancellationLike) => token.isCancellationRequested ? [] : [...corpus.view().findingsOf(uri)],
		getDocumentSymbols: (uri: string, token: CancellationLike) => token.isCancellationRequested ? [] : getArticleSymbols(corpus, uri),
		getReport: (token: CancellationLike) => {
			const started = Date.now();
			const report = getReport(corpus, token);
			logger?.log(`report of ${corpus.size} articles in ${Date.now() - started} ms`);
			return report;
		},
		getStatus: () => {
			const findings = corpus.view().findings;
			return { articles: corpus.size, findings: findings.length, contradictions: findings.filter(f => f.severity === 'error' || f.severity === 'warning').length };
		},
	});
}
