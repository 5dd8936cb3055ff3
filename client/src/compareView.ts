import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareRequest, type CompareResult, type PassageLocation } from '../../server/src/protocol';
import { renderCompare } from './compareHtml';

/**
 * "Corroborate: Compare Sources": a webview with the event at the cursor, its
 * facts against its articles and the timeline of its dated statements. Links
 * post the index of a passage back; the extension opens only passages it sent.
 */
export class CompareView implements vscode.Disposable {
	readonly #client: LanguageClient;
	#panel: vscode.WebviewPanel | undefined;
	#locations: PassageLocation[] = [];
	#sourceColumn = vscode.ViewColumn.One;

	constructor(client: LanguageClient) {
		this.#client = client;
	}

	/** Shows the event of the statement at a position: the hover's link gives one, the command palette the cursor. */
	async show(target: { uri: vscode.Uri; position: vscode.Position } | undefined = cursorOf(vscode.window.activeTextEditor)): Promise<void> {
		if (!target) {
			void vscode.window.showInformationMessage('Corroborate: open an article and place the cursor on a claim to compare its sources.');
			return;
		}
		const params = { textDocument: { uri: this.#client.code2ProtocolConverter.asUri(target.uri) }, position: { line: target.position.line, character: target.position.character } };
		const result = await this.#client.sendRequest<CompareResult | null>(CompareRequest.method, params);
		if (!result) {
			void vscode.window.showInformationMessage('Corroborate: no event that other sources also report was found at the cursor.');
			return;
		}
		const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === target.uri.toString());
		this.#sourceColumn = editor?.viewColumn ?? vscode.ViewColumn.One;
		const panel = this.#panel ?? this.#createPanel();
		panel.title = `Compare: ${result.label}`;
		this.#locations = [];
		const nonce = randomBytes(16).toString('base64');
		panel.webview.html = renderCompare(result, { cspSource: panel.webview.cspSource, nonce, link: location => this.#locations.push({ uri: location.uri, range: location.range }) - 1 });
		panel.reveal(vscode.ViewColumn.Beside, true);
	}

	#createPanel(): vscode.WebviewPanel {
		const panel = vscode.window.createWebviewPanel('corroborate.compare', 'Compare Sources', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
			enableScripts: true,
			localResourceRoots: [],
		});
		panel.webview.onDidReceiveMessage((message: { type?: unknown; index?: unknown }) => {
			const location = message.type === 'open' && typeof message.index === 'number' ? this.#locations[message.index] : undefined;
			if (location) {
				const { start, end } = location.range;
				const selection = new vscode.Range(start.line, start.character, end.line, end.character);
				void vscode.window.showTextDocument(vscode.Uri.parse(location.uri), { viewColumn: this.#sourceColumn, selection });
			}
		});
		panel.onDidDispose(() => {
			this.#panel = undefined;
			this.#locations = [];
		});
		this.#panel = panel;
		return panel;
	}

	dispose(): void {
		this.#panel?.dispose();
	}
}

const cursorOf = (editor: vscode.TextEditor | undefined) => editor && { uri: editor.document.uri, position: editor.selection.active };

/**
 * Registers `corroborate.compareSources`, which first starts the server with `start`. From the command
 * palette it compares the event at the cursor; the editor's context menu passes the document's URI (the
 * cursor is in it); the hover card's link passes `[uri, { line, character }]` of its statement.
 */
export function registerCompareView(client: LanguageClient, start: () => Promise<void>): vscode.Disposable[] {
	const view = new CompareView(client);
	return [view, vscode.commands.registerCommand('corroborate.compareSources', async (uri?: unknown, position?: { line?: unknown; character?: unknown }) => {
		await start();
		const fromHover = typeof uri === 'string' && typeof position?.line === 'number' && typeof position.character === 'number';
		await view.show(fromHover ? { uri: vscode.Uri.parse(uri), position: new vscode.Position(position.line as number, position.character as number) } : undefined);
	})];
}
