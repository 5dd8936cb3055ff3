import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { fileName } from '../../server/src/core/util/text';
import { FindingsRequest, type FindingItem, type FindingsGroup } from '../../server/src/protocol';

type FactGroup = FindingsGroup['facts'][number];

/** A node of the tree: an event, one of its facts, or one finding. */
type Node =
	| { kind: 'event'; group: FindingsGroup }
	| { kind: 'fact'; fact: FactGroup; event: number }
	| { kind: 'finding'; finding: FindingItem };

const SEVERITY_ICONS: Record<string, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'lightbulb' };

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * "Corroborate: Findings" in the explorer: every finding of the workspace,
 * grouped event → fact → finding, as the server's `corroborate/findings` lists them.
 */
export class FindingsProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
	readonly #changed = new vscode.EventEmitter<void>();
	readonly onDidChangeTreeData = this.#changed.event;
	readonly #client: LanguageClient;
	#timer: NodeJS.Timeout | undefined;

	constructor(client: LanguageClient) {
		this.#client = client;
	}

	/** Re-queries the server; status notifications arrive in bursts, so refreshes are coalesced. */
	refresh(delay = 300): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#changed.fire(), delay);
	}

	async getChildren(node?: Node): Promise<Node[]> {
		if (!node) {
			if (!this.#client.isRunning()) {
				return [];
			}
			try {
				const groups = await this.#client.sendRequest<FindingsGroup[]>(FindingsRequest.method);
				return groups.map(group => ({ kind: 'event', group }));
			} catch (e) {
				// The server restarted or the request was cancelled: the next status notification refreshes.
				this.#client.warn(`findings request failed: ${(e as Error).message}`);
				return [];
			}
		}
		if (node.kind === 'event') {
			return node.group.facts.map(fact => ({ kind: 'fact', fact, event: node.group.event }));
		}
		if (node.kind === 'fact') {
			return node.fact.findings.map(finding => ({ kind: 'finding', finding }));
		}
		return [];
	}

	getTreeItem(node: Node): vscode.TreeItem {
		if (node.kind === 'event') {
			const count = node.group.facts.reduce((n, f) => n + f.findings.length, 0);
			const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
			item.id = `event:${node.group.event}`;
			item.description = plural(count, 'finding');
			item.iconPath = new vscode.ThemeIcon('calendar');
			return item;
		}
		if (node.kind === 'fact') {
			const item = new vscode.TreeItem(node.fact.label, vscode.TreeItemCollapsibleState.Collapsed);
			item.id = `fact:${node.event}:${node.fact.fact}`;
			item.description = plural(node.fact.findings.length, 'finding');
			item.iconPath = new vscode.ThemeIcon('symbol-field');
			return item;
		}
		const { finding } = node;
		const range = new vscode.Range(finding.range.start.line, finding.range.start.character, finding.range.end.line, finding.range.end.character);
		const item = new vscode.TreeItem(finding.message, vscode.TreeItemCollapsibleState.None);
		item.description = `${fileName(finding.uri)}:${range.start.line + 1}`;
		item.tooltip = new vscode.MarkdownString().appendText(`${finding.message}\n\n${finding.code} · ${fileName(finding.uri)}:${range.start.line + 1}`);
		item.iconPath = new vscode.ThemeIcon(SEVERITY_ICONS[finding.severity] ?? 'circle-outline');
		item.command = { title: 'Open', command: 'vscode.open', arguments: [vscode.Uri.parse(finding.uri), { selection: range } satisfies vscode.TextDocumentShowOptions] };
		return item;
	}

	dispose(): void {
		clearTimeout(this.#timer);
		this.#changed.dispose();
	}
}

/**
 * Registers the tree view and its refresh command (which first starts the
 * server with `start`, when it has not started); call `refresh()` on each status notification.
 */
export function registerFindingsView(client: LanguageClient, start: () => Promise<void>): { provider: FindingsProvider; disposables: vscode.Disposable[] } {
	const provider = new FindingsProvider(client);
	const view = vscode.window.createTreeView('corroborate.findings', { treeDataProvider: provider, showCollapseAll: true });
	return {
		provider,
		disposables: [provider, view, vscode.commands.registerCommand('corroborate.refreshFindings', async () => { await start(); provider.refresh(0); })],
	};
}
