import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The language status item ("{}" in the status bar) for articles and plain text. */
export function createStatusItem(selector: vscode.DocumentSelector): vscode.LanguageStatusItem {
	const status = vscode.languages.createLanguageStatusItem('corroborate.status', selector);
	status.name = 'Corroborate';
	status.text = 'Corroborate';
	status.command = { title: 'Show Output', command: 'corroborate.showOutput' };
	return status;
}

/** Before the server starts: no file of the workspace reads as an article yet. */
export function showWaiting(status: vscode.LanguageStatusItem): void {
	status.text = 'No articles';
	status.detail = 'Corroborate starts when a file reads as a news article';
	status.accessibilityInformation = { label: 'Corroborate: no articles; it starts when a file reads as a news article' };
	status.command = { title: 'Analyse this file anyway', command: 'corroborate.analyseAnyway' };
	status.severity = vscode.LanguageStatusSeverity.Information;
}

/** The counts of a `corroborate/status` notification: "5 articles (3 other text files skipped) · 2 contradictions". */
export function updateStatus(status: vscode.LanguageStatusItem, params: StatusParams): void {
	const articles = plural(params.articles, 'article');
	const others = params.notArticles > 0 ? ` (${plural(params.notArticles, 'other text file')} skipped)` : '';
	status.busy = params.indexing;
	const text = params.indexing ? `indexing ${articles}${others}` : `${articles}${others} · ${plural(params.contradictions, 'contradiction')}`;
	status.text = params.indexing ? `$(sync~spin) ${text}` : text;
	// Screen readers get the words, never the `$(icon)` syntax.
	status.accessibilityInformation = { label: `Corroborate: ${text}` };
	const details = [plural(params.findings, 'finding')];
	if (params.skipped > 0) { details.push(`${params.skipped} unreadable or too large`); }
	status.detail = details.join(', ');
	status.command = params.notArticles > 0
		? { title: 'Show skipped files', command: 'corroborate.showNonArticles', tooltip: 'List the text files that were not recognised as articles, and why' }
		: { title: 'Show Output', command: 'corroborate.showOutput' };
	status.severity = params.skipped > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
}
