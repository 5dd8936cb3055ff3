import * as assert from 'node:assert';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { SemanticTokens, WorkspaceDiagnosticReport } from 'vscode-languageserver';
import type { StatusParams } from '../../server/src/protocol';
import { LspClient, seedsDir, seedUri } from './lspClient';

const STORY = 'BAGHDAD — A drone strike in Baghdad on Wednesday killed three members of Kataib Hezbollah, officials said.\n';

/**
 * Keeps the server busy for a while (the first extraction of a long unsaved
 * text), so that a request sent next and its cancellation arrive together and
 * the request starts with a cancelled token.
 */
async function keepBusy(client: LspClient): Promise<void> {
	await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:busy', languageId: 'plaintext', version: 1, text: STORY.repeat(2000) } });
}

/** Sends a request and cancels it at once. */
function sendCancelled<T>(client: LspClient, method: string, params: unknown): Promise<T> {
	const source = new CancellationTokenSource();
	source.cancel();
	return client.connection.sendRequest(method, params, source.token) as Promise<T>;
}

const statuses = (client: LspClient) => client.notifications.filter(n => n.method === 'corroborate/status').map(n => n.params as StatusParams);

suite('Cancellation', () => {
	test('Should answer a cancelled semantic-tokens request with no tokens', async () => {
		const client = new LspClient();
		try {
			await client.initialize(seedsDir);
			await client.waitFor(() => statuses(client).some(s => s.articles === 5 && !s.indexing), 'indexing to finish');
			const params = { textDocument: { uri: seedUri('000_4db70d2cf16ce39b.txt') } };
			await keepBusy(client);
			const cancelled = await sendCancelled<SemanticTokens>(client, 'textDocument/semanticTokens/full', params);
			assert.deepStrictEqual(cancelled.data, []);
			const tokens = await client.connection.sendRequest('textDocument/semanticTokens/full', params) as SemanticTokens;
			assert.ok(tokens.data.length > 0, 'the same request uncancelled has tokens');
		} finally {
			await client.stop();
		}
	});

	test('Should stop a cancelled workspace-diagnostics pull before the pass ends: no items, no status', async () => {
		const client = new LspClient();
		try {
			await client.initialize(seedsDir, { textDocument: { diagnostic: {} }, workspace: { configuration: true } });
			await client.waitFor(() => statuses(client).some(s => s.articles === 5 && !s.indexing), 'indexing to finish');
			const before = statuses(client).length;
			await keepBusy(client);
			const report = await sendCancelled<WorkspaceDiagnosticReport>(client, 'workspace/diagnostic', { previousResultIds: [] });
			assert.deepStrictEqual(report.items, []);
			// The opened text's change sends one status; a pass run to its end would send another.
			assert.strictEqual(statuses(client).length, before + 1, 'only the status of the change');
			const full = await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] }) as WorkspaceDiagnosticReport;
			assert.ok(full.items.length >= 5, 'an uncancelled pull reports every article');
			assert.strictEqual(statuses(client).length, before + 2, 'and sends the status at its end');
		} finally {
			await client.stop();
		}
	});
});
