import { CodeActionKind, ErrorCodes, ResponseError, type CancellationToken, type CodeAction, type CodeActionParams, type Connection, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { recordInWorkspaceFile } from './workspaceFile';
import { WORKSPACE_FILE } from './core';
import { workspaceFileUri } from './folders';

/** Commands the server executes (`workspace/executeCommand`); clients may wrap them (the VS Code client asks for a note). */
export const ReviewCommands = {
	openSource: 'corroborate.openSource',
	markReviewed: 'corroborate.markReviewed',
	ignoreFact: 'corroborate.ignoreFact',
	ignoreCode: 'corroborate.ignoreCode',
} as const;

/** "Open …" quick fixes per diagnostic at most; the other passages are in the hover card and Compare Sources. */
const MAX_OPEN_ACTIONS = 5;

const quoteOf = (document: TextDocument, range: Range) => document.getText(range);

/** Quick fixes for one Corroborate diagnostic: open each other source, review it, ignore it here, ignore its code. */
export function reviewActions(params: CodeActionParams, document: TextDocument): CodeAction[] {
	const actions: CodeAction[] = [];
	for (const d of params.context.diagnostics.filter(x => x.source === 'corroborate' && typeof x.code === 'string' && x.code.startsWith('claim.'))) {
		const code = d.code as string;
		const quote = quoteOf(document, d.range);
		// Two related passages on one line of another article ("killed 3 … 3 died") would read as the same action twice.
		const titles = new Set<string>();
		for (const r of d.relatedInformation ?? []) {
			const name = decodeURIComponent(r.location.uri.slice(r.location.uri.lastIndexOf('/') + 1));
			const title = `Open ${name}:${r.location.range.start.line + 1} beside this article`;
			if (titles.has(title) || titles.size >= MAX_OPEN_ACTIONS) { continue; }
			titles.add(title);
			actions.push(action(title, d, ReviewCommands.openSource, [r.location.uri, r.location.range]));
		}
		actions.push(action('Mark this disagreement as reviewed', d, ReviewCommands.markReviewed, [document.uri, code, quote], true));
		actions.push(action('Ignore this fact in this file', d, ReviewCommands.ignoreFact, [document.uri, code, quote]));
		actions.push(action(`Ignore ${code} in this project`, d, ReviewCommands.ignoreCode, [document.uri, code]));
	}
	return actions;
}

function action(title: string, diagnostic: Diagnostic, command: string, args: unknown[], preferred = false): CodeAction {
	return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, command: { title, command, arguments: args } };
}

/**
 * Runs a review command: opens a source with `window/showDocument`, or records
 * the decision in the article's folder's workspace file (written atomically).
 * Returns true when the workspace file changed. A command cancelled before it
 * acts does nothing (`malformed` could not tell with a cancelled token).
 */
export async function runReviewCommand(connection: Connection, command: string, args: unknown[], folderOf: (uri: string) => string | undefined, malformed: (configUri: string) => boolean, token: CancellationToken): Promise<boolean> {
	const invalid = (why: string) => new ResponseError(ErrorCodes.InvalidParams, `${command}: ${why}`);
	if (command === ReviewCommands.openSource) {
		const [uri, range] = args as [unknown, Range];
		if (typeof uri !== 'string' || !range?.start) { throw invalid('expects [uri, range]'); }
		if (token.isCancellationRequested) { return false; }
		await connection.window.showDocument({ uri, takeFocus: true, selection: range });
		return false;
	}
	if (command !== ReviewCommands.markReviewed && command !== ReviewCommands.ignoreFact && command !== ReviewCommands.ignoreCode) {
		throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command ${command}`);
	}
	const [uri, code, quote, note] = args as [unknown, unknown, unknown, unknown];
	const needsQuote = command !== ReviewCommands.ignoreCode;
	if (typeof uri !== 'string' || typeof code !== 'string' || (needsQuote && (typeof quote !== 'string' || !quote)) || (note !== undefined && typeof note !== 'string')) {
		throw invalid(needsQuote ? 'expects [uri, code, quote, note?]' : 'expects [uri, code]');
	}
	const folder = folderOf(uri);
	if (!folder || !uri.startsWith('file:')) {
		void connection.window.showWarningMessage('Corroborate: this article is not in a workspace folder, so there is no workspace file to record the decision in.');
		return false;
	}
	if (token.isCancellationRequested) { return false; }
	if (malformed(workspaceFileUri(folder))) {
		// Writing into a file that does not parse would make it worse; the user fixes it first.
		void connection.window.showErrorMessage(`Corroborate: ${WORKSPACE_FILE} has errors; fix them before recording reviews.`);
		return false;
	}
	const file = path.relative(fileURLToPath(folder), fileURLToPath(uri)).split(path.sep).join('/');
	const kind = command === ReviewCommands.markReviewed ? 'reviewed' : command === ReviewCommands.ignoreFact ? 'ignoreFact' : 'ignoreCode';
	await recordInWorkspaceFile(folder, kind, { file, quote: typeof quote === 'string' ? quote : undefined, code, note: typeof note === 'string' && note ? note : undefined });
	return true;
}
