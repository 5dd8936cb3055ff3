import * as assert from 'node:assert';
import type { CancellationToken, Connection, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { DiagnosticsPublisher } from '../../server/src/diagnostics';

const diagnostic = (message: string): Diagnostic => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message });

/** A connection that records what is published. */
function recorder(): { connection: Connection; sent: PublishDiagnosticsParams[] } {
	const sent: PublishDiagnosticsParams[] = [];
	const connection = { sendDiagnostics: async (p: PublishDiagnosticsParams) => { sent.push(p); }, console: { error: () => undefined } };
	return { connection: connection as unknown as Connection, sent };
}

suite('Diagnostics publisher', () => {
	test('Should cancel a running pass when a newer one is scheduled, and publish only the newer one', async () => {
		const { connection, sent } = recorder();
		const tokens: CancellationToken[] = [];
		let release = () => undefined as void;
		const gate = new Promise<void>(resolve => { release = resolve; });
		const publisher = new DiagnosticsPublisher(connection, async token => {
			const pass = tokens.push(token);
			if (pass === 1) { await gate; }
			return new Map([['file:///a.txt', [diagnostic(`pass ${pass}`)]]]);
		}, 0);
		publisher.schedule();
		while (tokens.length < 1) { await new Promise(r => setTimeout(r, 1)); }
		publisher.schedule();
		assert.strictEqual(tokens[0].isCancellationRequested, true, 'the running pass is cancelled');
		release();
		await publisher.idle();
		assert.deepStrictEqual(sent.map(p => p.diagnostics.map(d => d.message)), [['pass 2']]);
		assert.strictEqual(tokens[1].isCancellationRequested, false);
	});

	test('Should publish nothing, and clear nothing, from a pass whose computation was cancelled', async () => {
		const { connection, sent } = recorder();
		const results = [new Map([['file:///a.txt', [diagnostic('a')]]]), undefined];
		const publisher = new DiagnosticsPublisher(connection, async () => results.shift(), 0);
		publisher.schedule();
		await publisher.idle();
		publisher.schedule();
		await publisher.idle();
		assert.deepStrictEqual(sent.map(p => p.uri), ['file:///a.txt'], 'a cancelled pass neither republishes nor clears');
	});
});
