import type { Span } from '../types';
import type { CorpusView } from '../corpus/view';
import { DiagnosticCode, type Severity } from '../findings/codes';
import { finding, type Finding } from '../findings/finding';
import { spellingVariants } from '../findings/variants';
import { relativePath, type FolderConfig, type FolderConfigs } from '../config/folders';
import { applySuppressions, staleSuppressions } from '../config/workspaceFile';

/** Per-code severities (or `off`) from the editor settings, applied on top of the workspace file's. */
export type SeverityOverrides = Readonly<Record<string, Severity | 'off'>>;

const START: Span = { start: 0, end: 0 };

/**
 * The findings of one URI, as the user sees them: an article's claim findings,
 * spelling hints and truncation notice, or a workspace file's own problems;
 * then the workspace file's suppressions, and the severities of the file and
 * the editor settings. The one place where severities are applied.
 */
export function getDiagnostics(view: CorpusView, folders: FolderConfigs, uri: string, overrides: SeverityOverrides = {}): Finding[] {
	const config = folders.configFileOf(uri);
	if (config) { return withSeverities(configProblems(view, config, uri), {}, overrides); }
	const article = view.articles.get(uri);
	const notes = article?.extraction.notes ?? [];
	const found = [...view.findingsOf(uri), ...spellingVariants(view, uri)];
	if (notes.length) { found.push(finding(DiagnosticCode.inputTruncated, uri, START, `Corroborate analysed this file in part: ${notes.join('; ')}`)); }
	const folder = folders.folderOf(uri);
	if (!folder) { return withSeverities(found, {}, overrides); }
	const kept = applySuppressions(found, folder.config, relativePath(folder.folder, uri), article?.text ?? '');
	return withSeverities(kept, folder.config.severity, overrides);
}

/** The finding on a file left out of the analysis (binary, too large, unreadable), after the editor's severities. */
export function getSkippedDiagnostics(uri: string, reason: string, overrides: SeverityOverrides = {}): Finding[] {
	return withSeverities([finding(DiagnosticCode.inputSkipped, uri, START, `Corroborate skipped this file: ${reason}`)], {}, overrides);
}

function configProblems(view: CorpusView, config: FolderConfig, uri: string): Finding[] {
	const byPath = new Map<string, string>();
	for (const u of view.articles.keys()) {
		if (folderContains(config.folder, u)) { byPath.set(relativePath(config.folder, u), u); }
	}
	const stale = staleSuppressions(config.config, file => { const u = byPath.get(file); return u ? view.articles.get(u)?.text : undefined; });
	return [...config.problems, ...stale].map(p => finding(p.code, uri, p.span, p.message));
}

function folderContains(folder: string, uri: string): boolean {
	return uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

function withSeverities(findings: readonly Finding[], file: SeverityOverrides, editor: SeverityOverrides): Finding[] {
	return findings.flatMap(f => {
		const level = editor[f.code] ?? file[f.code];
		return level === 'off' ? [] : [level ? { ...f, severity: level } : f];
	});
}
