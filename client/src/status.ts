import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The two status items: the language status ("{}" on articles and plain text) and a status bar item always in view. */
export interface StatusItems {
	readonly language: vscode.LanguageStatusItem;
	readonly bar: vscode.StatusBarItem;
}

/** Creates the status items; the status bar item shows once the server reports. */
export function createStatusItems(selector: vscode.DocumentSelector): StatusItems & vscode.Disposable {
	const language = vscode.languages.createLanguageStatusItem('corroborate.status', selector);
	language.name = 'Corroborate';
	language.text = 'Corroborate';
	language.command = { title: 'Show Output', command: 'corroborate.showOutput' };
	const bar = vscode.window.createStatusBarItem('corroborate.summary', vscode.StatusBarAlignment.Left, 10);
	bar.name = 'Corroborate';
	return { language, bar, dispose: () => { language.dispose(); bar.dispose(); } };
}

/** Before the server starts: no file of the workspace reads as an article yet. */
export function showWaiting({ language, bar }: StatusItems): void {
	language.text = 'No articles';
	language.detail = 'Corroborate starts when a file reads as a news article';
	language.accessibilityInformation = { label: 'Corroborate: no articles; it starts when a file reads as a news article' };
	language.command = { title: 'Analyse this file anyway', command: 'corroborate.analyseAnyway' };
	language.severity = vscode.LanguageStatusSeverity.Information;
	bar.hide();
}

/** The words of a status, without icons: what the items show and what screen readers read. */
export interface StatusWords {
	/** "96 articles · 76 problems · 23 hints" (or "indexing 40 articles"), for the status bar. */
	readonly summary: string;
	/** The summary with the files skipped: "96 articles (3 other text files skipped) · 76 problems". */
	readonly text: string;
	/** "20 errors, 51 warnings, 5 information in the Problems panel; 23 hints in the editor only (…)". */
	readonly detail: string;
	/** The whole status in one sentence, for the accessible labels and the tooltip. */
	readonly label: string;
}

/**
 * What a `corroborate/status` says, in words. The problem count is the sum
 * the Problems panel shows (errors, warnings, information); hints, which it
 * leaves out, are named apart so the two never seem to disagree.
 */
export function statusWords(params: StatusParams): StatusWords {
	const articles = plural(params.articles, 'article');
	const others = params.notArticles > 0 ? ` (${plural(params.notArticles, 'other text file')} skipped)` : '';
	if (params.indexing) {
		return { summary: `indexing ${articles}`, text: `indexing ${articles}${others}`, detail: '', label: `Corroborate: indexing ${articles}${others}` };
	}
	const problems = params.errors + params.warnings + params.information;
	const hints = params.hints > 0 ? ` · ${plural(params.hints, 'hint')}` : '';
	const counts = `${plural(problems, 'problem')}${hints}`;
	const parts = [`${plural(params.errors, 'error')}, ${plural(params.warnings, 'warning')}, ${params.information} information in the Problems panel`];
	if (params.hints > 0) { parts.push(`${plural(params.hints, 'hint')} (spelling variants) in the editor only`); }
	parts.push(`${plural(params.contradictions, 'contradiction')} between sources`);
	if (params.skipped > 0) { parts.push(`${params.skipped} unreadable or too large`); }
	const detail = parts.join('; ');
	return { summary: `${articles} · ${counts}`, text: `${articles}${others} · ${counts}`, detail, label: `Corroborate: ${articles}${others} · ${counts}. ${detail}.` };
}

/** Shows a `corroborate/status` notification in both items. */
export function updateStatus({ language, bar }: StatusItems, params: StatusParams): void {
	const words = statusWords(params);
	language.busy = params.indexing;
	language.text = params.indexing ? `$(sync~spin) ${words.text}` : words.text;
	// Screen readers get the words, never the `$(icon)` syntax.
	language.accessibilityInformation = { label: words.label };
	language.detail = words.detail;
	language.command = params.notArticles > 0
		? { title: 'Show skipped files', command: 'corroborate.showNonArticles', tooltip: 'List the text files that were not recognised as articles, and why' }
		: { title: 'Show Output', command: 'corroborate.showOutput' };
	language.severity = params.skipped > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
	bar.text = `${params.indexing ? '$(sync~spin)' : '$(book)'} ${words.summary}`;
	bar.tooltip = `${words.label}\nClick to open the Problems panel.`;
	bar.accessibilityInformation = { label: words.label, role: 'button' };
	bar.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
	bar.show();
}
