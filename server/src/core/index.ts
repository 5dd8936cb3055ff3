import type { CancellationLike, Span } from './types';
import { Corpus } from './corpus/corpus';
import { defaultLimits, type ExtractionLimits } from './text/layout';
import { extractArticle, type ArticleExtraction } from './claims/extractArticle';
import type { Finding } from './findings/finding';
import { emptyConfig, type WorkspaceConfig } from './config/workspaceFile';
import { configFileUri, FolderConfigs } from './config/folders';
import { getDiagnostics, getSkippedDiagnostics, type SeverityOverrides } from './features/diagnostics';
import { getHighlights, type HighlightOptions, type HighlightToken } from './features/semanticTokens';
import { getHoverCard, type HoverCard } from './features/hover';
import { getArticleSymbols, type ArticleSymbol } from './features/symbols';
import { getReport, reportFiles, type ReportFile } from './features/report';
import { getDefinition, getDocumentHighlights, getReferences, getWorkspaceSymbols, type ArticleLocation, type CorpusSymbol } from './features/navigation';
import { getValueHints, type ValueHint } from './features/inlayHints';
import { getComparisonLenses, type ComparisonLens } from './features/codeLens';
import { getEventComparison, groupFindings, type EventComparison, type FindingGroup } from './features/compare';

export * from './types';
export type { Finding, SeverityOverrides, HighlightOptions, HighlightToken, HoverCard, ArticleSymbol, ArticleExtraction, ReportFile, ArticleLocation, CorpusSymbol, ValueHint, ComparisonLens, WorkspaceConfig, EventComparison, FindingGroup };
export { addToWorkspaceFile, parseWorkspaceConfig, WORKSPACE_FILE } from './config/workspaceFile';
export { CODES, codeInfo, DiagnosticCode, type CodeInfo, type Severity } from './findings/codes';
export { extractArticle, defaultLimits };
export { recogniseArticle, SHAPE_SAMPLE_CHARS, type ArticleShape } from './text/articleShape';
export { ENGINE_VERSION, VOCABULARY_FINGERPRINT } from './engine';
export type { ExtractionLimits };

/** Receives the core's log lines; the server sends them to the output channel. */
export interface ILogger {
	log(message: string): void;
}

/** What the service is created with. */
export interface CorroborateServiceInit {
	readonly logger?: ILogger;
	/** Per-article limits (characters, line length, mentions); the defaults when absent. */
	readonly limits?: ExtractionLimits;
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
	/** Limits for articles set from now on (the `corroborate.limits.*` settings). */
	setLimits(limits: ExtractionLimits): void;
	deleteArticle(uri: string): boolean;
	hasArticle(uri: string): boolean;
	articleUris(): string[];
	getSemanticTokens(uri: string, options: HighlightOptions, token: CancellationLike, range?: Span): HighlightToken[];
	getHover(uri: string, offset: number, token: CancellationLike): HoverCard | null;
	/** The findings of an article or workspace file, after the workspace file and the editor's per-code severities. */
	computeDiagnostics(uri: string, token: CancellationLike, overrides?: SeverityOverrides): Finding[];
	/** The finding on a file the adapter could not read or chose not to analyse, after the editor's per-code severities. */
	getSkippedDiagnostics(uri: string, reason: string, overrides?: SeverityOverrides): Finding[];
	getDocumentSymbols(uri: string, token: CancellationLike): ArticleSymbol[];
	/** Every article's mentions with resolved values, and every finding: the CLI's JSON report. */
	getReport(token: CancellationLike): { files: ReportFile[]; findings: Finding[] };
	/** The report's articles one at a time, for a caller that writes each as it comes. */
	reportFiles(token: CancellationLike): Iterable<ReportFile>;
	getStatus(): CorpusStatus;
	/** True when results after recent edits are provisional: only the edited articles were re-placed. */
	isProvisional(): boolean;
	/** Folds recent edits into a full recomputation (call when the user pauses); results then equal a cold analysis. */
	settle(): void;
	getDefinition(uri: string, offset: number, token: CancellationLike): ArticleLocation | null;
	getReferences(uri: string, offset: number, token: CancellationLike): ArticleLocation[];
	getDocumentHighlights(uri: string, offset: number, token: CancellationLike): Span[];
	getWorkspaceSymbols(query: string, token: CancellationLike): CorpusSymbol[];
	getInlayHints(uri: string, range: Span, token: CancellationLike): ValueHint[];
	getCodeLenses(uri: string, token: CancellationLike): ComparisonLens[];
	/**
	 * Sets (or with `null` removes) the workspace file of a folder: per-code
	 * severities, declared aliases, reviewed and ignored findings. Articles under
	 * the folder follow it; its own problems (malformed, stale entries) are
	 * reported by {@link computeDiagnostics} on the file's URI.
	 */
	setWorkspaceConfig(folderUri: string, text: string | null): void;
	/** The parsed workspace file that applies to a URI (the innermost folder's), or the defaults. */
	getWorkspaceConfig(uri: string): WorkspaceConfig;
	/** The event of the claim at an offset as a table of facts against articles, with a timeline. */
	getEventComparison(uri: string, offset: number, token: CancellationLike): EventComparison | null;
	/** Every article's findings (after the workspace file), grouped by event and fact. */
	getFindingGroups(token: CancellationLike): FindingGroup[];
}

/** Creates the analysis core. */
export function createCorroborateService(init: CorroborateServiceInit = {}): ICorroborateService {
	const corpus = new Corpus();
	corpus.limits = init.limits ?? defaultLimits;
	const logger = init.logger;
	const folders = new FolderConfigs();
	const diagnosticsOf = (uri: string, overrides?: SeverityOverrides) => getDiagnostics(corpus.view(), folders, uri, overrides);

	return Object.freeze({
		setArticle: (uri: string, text: string, extraction?: ArticleExtraction) => {
			const notes = corpus.set(uri, text, extraction).extraction.notes;
			if (notes.length) { logger?.log(`${uri}: ${notes.join('; ')}`); }
		},
		deleteArticle: (uri: string) => corpus.delete(uri),
		hasArticle: (uri: string) => !!corpus.get(uri),
		articleUris: () => corpus.uris(),
		getSemanticTokens: (uri: string, options: HighlightOptions, _token: CancellationLike, range?: Span) => getHighlights(corpus.view(), uri, options, range),
		getHover: (uri: string, offset: number, token: CancellationLike) => token.isCancellationRequested ? null : getHoverCard(corpus.view(), uri, offset),
		computeDiagnostics: (uri: string, token: CancellationLike, overrides?: SeverityOverrides) => token.isCancellationRequested ? [] : diagnosticsOf(uri, overrides),
		getSkippedDiagnostics: (uri: string, reason: string, overrides?: SeverityOverrides) => getSkippedDiagnostics(uri, reason, overrides),
		getDocumentSymbols: (uri: string, token: CancellationLike) => token.isCancellationRequested ? [] : getArticleSymbols(corpus.view(), uri),
		getReport: (token: CancellationLike) => {
			const started = Date.now();
			const report = getReport(corpus.view(), token);
			logger?.log(`report of ${corpus.size} articles in ${Date.now() - started} ms`);
			return report;
		},
		reportFiles: (token: CancellationLike) => reportFiles(corpus.view(), token),
		getStatus: () => {
			const findings = corpus.uris().flatMap(uri => diagnosticsOf(uri));
			return { articles: corpus.size, findings: findings.length, contradictions: findings.filter(f => f.severity === 'error' || f.severity === 'warning').length };
		},
		setLimits: (limits: ExtractionLimits) => { corpus.limits = limits; },
		isProvisional: () => corpus.provisional,
		settle: () => {
			const started = Date.now();
			corpus.settle();
			logger?.log(`recomputed the cross-source view of ${corpus.size} articles in ${Date.now() - started} ms`);
		},
		getDefinition: (uri: string, offset: number, token: CancellationLike) => token.isCancellationRequested ? null : getDefinition(corpus.view(), uri, offset),
		getReferences: (uri: string, offset: number, token: CancellationLike) => token.isCancellationRequested ? [] : getReferences(corpus.view(), uri, offset),
		getDocumentHighlights: (uri: string, offset: number, token: CancellationLike) => token.isCancellationRequested ? [] : getDocumentHighlights(corpus.view(), uri, offset),
		getWorkspaceSymbols: (query: string, token: CancellationLike) => token.isCancellationRequested ? [] : getWorkspaceSymbols(corpus.view(), query),
		getInlayHints: (uri: string, range: Span, token: CancellationLike) => token.isCancellationRequested ? [] : getValueHints(corpus.view(), uri, range),
		getCodeLenses: (uri: string, token: CancellationLike) => token.isCancellationRequested ? [] : getComparisonLenses(corpus.view(), uri),
		setWorkspaceConfig: (folderUri: string, text: string | null) => {
			const problems = folders.set(folderUri, text);
			if (problems) { logger?.log(`${configFileUri(folderUri)}: ${problems} problem(s); defaults used where it cannot be read`); }
			corpus.setDeclaredAliases(folders.aliases());
		},
		getWorkspaceConfig: (uri: string) => folders.folderOf(uri)?.config ?? emptyConfig,
		getEventComparison: (uri: string, offset: number, token: CancellationLike) => token.isCancellationRequested ? null : getEventComparison(corpus.view(), uri, offset),
		getFindingGroups: (token: CancellationLike) => token.isCancellationRequested ? [] : groupFindings(corpus.view(), corpus.uris().flatMap(uri => diagnosticsOf(uri))),
	});
}
