import * as assert from 'node:assert';
import type { SemanticTokens, WorkspaceDiagnosticReport } from 'vscode-languageserver';
import type { StatusParams } from '../../server/src/protocol';
import { LspClient, seedsDir, seedUri } from './lspClient';

const statuses = (client: LspClient) => client.notifications.filter(n => n.method === 'corroborate/status').map(n => n.params as StatusParams);

suite('Cancellation', () => {
	test('Should answer a cancelled semantic-tokens request with no tokens', async () => {
		const client = new LspClient();
		try {
			await client.initialize(seedsDir);
			await client.waitFor(() => statuses(client).some(s => s.articles === 5 && !s.indexing), 'indexing to finish');
			const params = { textDocument: { uri: seedUri('000_4db70d2cf16ce39b.txt') } };
			const cancelled = await client.sendCancelledRequest('textDocument/semanticTokens/full', params);
			assert.deepStrictEqual((cancelled.result as SemanticTokens).data, []);
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
			const cancelled = await client.sendCancelledRequest('workspace/diagnostic', { previousResultIds: [] });
			assert.deepStrictEqual((cancelled.result as WorkspaceDiagnosticReport).items, []);
			const full = await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] }) as WorkspaceDiagnosticReport;
			assert.ok(full.items.length >= 5, 'an uncancelled pull reports every article');
			// A pass that runs to its end sends the status (counting every finding again) before it answers.
			assert.strictEqual(statuses(client).length, before + 1, 'only the uncancelled pull ran to its end');
		} finally {
			await client.stop();
		}
	});
});
