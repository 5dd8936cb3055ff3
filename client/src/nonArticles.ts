import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ARTICLE_LANGUAGE, NonArticlesRequest, type NonArticle } from '../../server/src/protocol';

const ANALYSE = 'Analyse this file anyway';

/** A file path as a glob that matches only that file (glob characters escaped). */
const asGlob = (relative: string) => relative.replace(/[*?[\]{}()!\\]/g, c => `\\${c}`);

/**
 * Makes a file an article whatever its shape: a file of a workspace folder is
 * added to that folder's `corroborate.files.articles` setting (which the
 * server reads); any other document (untitled, outside the folders) is set to
 * the `news-article` language.
 */
export async function analyseAnyway(uri: vscode.Uri | undefined = vscode.window.activeTextEditor?.document.uri): Promise<void> {
	if (!uri) {
		void vscode.window.showInformationMessage('Corroborate: open the file to analyse first.');
		return;
	}
	const folder = vscode.workspace.getWorkspaceFolder(uri);
	if (!folder) {
		await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), ARTICLE_LANGUAGE);
		return;
	}
	const config = vscode.workspace.getConfiguration('corroborate', folder.uri);
	const current = config.inspect<string[]>('files.articles')?.workspaceFolderValue ?? [];
	const relative = asGlob(vscode.workspace.asRelativePath(uri, false));
	if (!current.includes(relative)) {
		await config.update('files.articles', [...current, relative], vscode.ConfigurationTarget.WorkspaceFolder);
	}
}

/** Opens a skipped file and offers to analyse it anyway. */
async function openSkipped(file: NonArticle): Promise<void> {
	const uri = vscode.Uri.parse(file.uri);
	await vscode.window.showTextDocument(uri, { preview: true });
	const name = vscode.workspace.asRelativePath(uri);
	if (await vscode.window.showInformationMessage(`Corroborate did not analyse ${name} (${file.reason}): it does not read as a news article.`, ANALYSE) === ANALYSE) {
		await analyseAnyway(uri);
	}
}

/** "Corroborate: Show Files That Are Not Articles": a Quick Pick of the skipped text files with the reason for each. */
export async function showNonArticles(client: LanguageClient): Promise<void> {
	const files = await client.sendRequest<NonArticle[]>(NonArticlesRequest.method);
	if (!files.length) {
		void vscode.window.showInformationMessage('Corroborate: every text file it indexed reads as an article.');
		return;
	}
	const items = files.map(file => {
		const uri = vscode.Uri.parse(file.uri);
		return { label: vscode.workspace.asRelativePath(uri), detail: file.reason, file };
	});
	const picked = await vscode.window.showQuickPick(items, {
		title: files.length === 1 ? 'Corroborate: 1 text file not recognised as an article' : `Corroborate: ${files.length} text files not recognised as articles`,
		placeHolder: 'Open a file to analyse it anyway',
		matchOnDetail: true,
	});
	if (picked) { await openSkipped(picked.file); }
}
