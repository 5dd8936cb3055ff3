import * as assert from 'node:assert';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
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

	test('Should not record a review when the command is cancelled', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-cancel-'));
		cpSync(seedsDir, dir, { recursive: true });
		const client = new LspClient();
		try {
			await client.initialize(dir);
			await client.waitFor(() => statuses(client).some(s => s.articles === 5 && !s.indexing), 'indexing to finish');
			const command = { command: 'corroborate.ignoreFact', arguments: [pathToFileURL(path.join(dir, '000_4db70d2cf16ce39b.txt')).href, 'claim.number-attributed', 'two commanders were killed'] };
			await client.sendCancelledRequest('workspace/executeCommand', command);
			assert.ok(!existsSync(path.join(dir, '.corroborate.json')), 'a cancelled command wrote the workspace file');
			await client.connection.sendRequest('workspace/executeCommand', command);
			assert.ok(existsSync(path.join(dir, '.corroborate.json')), 'the same command uncancelled records the review');
		} finally {
			await client.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
