import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareRequest, type CompareCell, type CompareResult, type PassageLocation } from '../../server/src/protocol';

const VERDICTS: Record<NonNullable<CompareCell['verdict']>, { symbol: string; text: string }> = {
	agrees: { symbol: '✓', text: 'agrees with the other sources' },
	compatible: { symbol: '≈', text: 'compatible with the other sources' },
	update: { symbol: '↗', text: 'an earlier or later figure than another source' },
	tension: { symbol: '≈', text: 'in tension with another source' },
	contradicts: { symbol: '✗', text: 'contradicts another source' },
};

const fileName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' })[c]!);
}

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

	async show(editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor): Promise<void> {
		if (!editor) {
			void vscode.window.showInformationMessage('Corroborate: open an article and place the cursor on a claim to compare its sources.');
			return;
		}
		const params = this.#client.code2ProtocolConverter.asTextDocumentPositionParams(editor.document, editor.selection.active);
		const result = await this.#client.sendRequest<CompareResult | null>(CompareRequest.method, params);
		if (!result) {
			void vscode.window.showInformationMessage('Corroborate: no event that other sources also report was found at the cursor.');
			return;
		}
		this.#sourceColumn = editor.viewColumn ?? vscode.ViewColumn.One;
		const panel = this.#panel ?? this.#createPanel();
		panel.title = `Compare: ${result.label}`;
		this.#locations = [];
		panel.webview.html = this.#render(panel.webview, result);
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

	/** A link to a passage: only its index in {@link #locations} goes into the page. */
	#link(cell: PassageLocation, html: string, title: string): string {
		this.#locations.push({ uri: cell.uri, range: cell.range });
		return `<a href="#" data-loc="${this.#locations.length - 1}" title="${escapeHtml(title)}">${html}</a>`;
	}

	#cell(cell: CompareCell): string {
		const verdict = cell.verdict ? VERDICTS[cell.verdict] : undefined;
		const mark = verdict
			? `<span class="verdict ${cell.verdict}" title="${escapeHtml(verdict.text)}" aria-label="${escapeHtml(verdict.text)}">${verdict.symbol}</span>`
			: '<span class="verdict none" title="no other source states this">–</span>';
		const attribution = cell.attribution ? `<div class="attribution">per ${escapeHtml(cell.attribution)}</div>` : '';
		return `<div class="cell">${mark} ${this.#link(cell, escapeHtml(cell.value), `“${cell.quote}” (${fileName(cell.uri)}:${cell.range.start.line + 1})`)}${attribution}</div>`;
	}

	#render(webview: vscode.Webview, result: CompareResult): string {
		const nonce = randomBytes(16).toString('base64');
		const head = result.articles.map(a => `<th scope="col">${escapeHtml(fileName(a.uri))}${a.published ? `<div class="published">${escapeHtml(a.published)}</div>` : ''}</th>`).join('');
		const rows = result.facts.map(fact => {
			const cells = result.articles.map(a => {
				const mine = fact.cells.filter(c => c.uri === a.uri);
				return `<td>${mine.length ? mine.map(c => this.#cell(c)).join('') : '<span class="absent">not reported</span>'}</td>`;
			}).join('');
			return `<tr><th scope="row">${escapeHtml(fact.label)}</th>${cells}</tr>`;
		}).join('\n');
		const timeline = result.timeline.map(t =>
			`<li><time>${escapeHtml(t.date)}</time> ${this.#link(t.cell, `“${escapeHtml(t.cell.quote)}”`, `${fileName(t.cell.uri)}:${t.cell.range.start.line + 1}`)} <span class="source">${escapeHtml(fileName(t.cell.uri))}</span></li>`).join('\n');
		return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(result.label)}</title>
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1em 1em; }
table { border-collapse: collapse; margin-bottom: 1.5em; }
th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { font-weight: 600; }
.published, .attribution, .source, .absent { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
.cell + .cell { margin-top: 4px; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
.verdict { display: inline-block; width: 1.2em; font-weight: 700; }
.agrees { color: var(--vscode-testing-iconPassed, #3fb950); }
.compatible { color: var(--vscode-descriptionForeground); }
.tension { color: var(--vscode-editorWarning-foreground, #d29922); }
.contradicts { color: var(--vscode-errorForeground, #f85149); }
ol { padding-left: 1.5em; }
time { font-family: var(--vscode-editor-font-family); margin-right: 0.5em; }
</style>
</head>
<body>
<h2>${escapeHtml(result.label)}</h2>
<table>
<thead><tr><th scope="col">Fact</th>${head}</tr></thead>
<tbody>
${rows || `<tr><td colspan="${result.articles.length + 1}">No compared facts.</td></tr>`}
</tbody>
</table>
<p class="source">✓ agrees · ≈ compatible · <span class="tension">≈</span> in tension · <span class="contradicts">✗</span> contradicts · – stated by this source only</p>
<h3>Timeline</h3>
${timeline ? `<ol>\n${timeline}\n</ol>` : '<p class="absent">No dated statements.</p>'}
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', event => {
	const link = event.target instanceof Element ? event.target.closest('a[data-loc]') : null;
	if (link) {
		event.preventDefault();
		vscode.postMessage({ type: 'open', index: Number(link.dataset.loc) });
	}
});
</script>
</body>
</html>`;
	}

	dispose(): void {
		this.#panel?.dispose();
	}
}

/** Registers `corroborate.compareSources` (editor context menu and command palette), which first starts the server with `start`. */
export function registerCompareView(client: LanguageClient, start: () => Promise<void>): vscode.Disposable[] {
	const view = new CompareView(client);
	return [view, vscode.commands.registerCommand('corroborate.compareSources', async () => { await start(); await view.show(); })];
}
