import * as assert from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { LspClient, seedsDir } from './lspClient';

const FILE = '000_4db70d2cf16ce39b.txt';
const SNIPPETS = [' killed two ', ' on Thursday ', 'Kataeb Hezbollah ', ' more than 50 ', '\n', '🔥', ' قال ', ' at 10 p.m. local time ', ' three ', 'x'];

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function copySeeds(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-soak-'));
	cpSync(seedsDir, dir, { recursive: true });
	return dir;
}

/** Published diagnostics by file name, in a comparable form. */
function snapshot(client: LspClient): string {
	const byName = [...client.diagnostics.values()].map(p => [path.basename(p.uri), p.diagnostics.map((d: Diagnostic) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${typeof d.message === 'string' ? d.message : d.message.value}`).sort()] as const);
	return JSON.stringify(byName.filter(([, list]) => list.length).sort((a, b) => a[0] < b[0] ? -1 : 1));
}

async function settle(client: LspClient): Promise<string> {
	// Diagnostics are debounced; wait until two snapshots 700 ms apart agree.
	let last = '';
	for (let i = 0; i < 60; i++) {
		await new Promise(r => setTimeout(r, 700));
		const now = snapshot(client);
		if (now === last) { return now; }
		last = now;
	}
	throw new Error('diagnostics did not settle');
}

suite('Soak: 1,000 random edits with cancellations', () => {
	test('Should end with the diagnostics of a cold analysis of the final text', async () => {
		const dir = copySeeds();
		const uri = pathToFileURL(path.join(dir, FILE)).href;
		const client = new LspClient();
		const rnd = random(1122);
		let document = TextDocument.create(uri, 'plaintext', 1, readFileSync(path.join(dir, FILE), 'utf8'));
		try {
			await client.initialize(dir);
			await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: document.getText() } });
			for (let i = 0; i < 1000; i++) {
				const text = document.getText();
				const at = Math.floor(rnd() * (text.length + 1));
				const remove = rnd() < 0.4 ? Math.floor(rnd() * Math.min(40, text.length - at)) : 0;
				const insert = rnd() < 0.7 ? SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] : '';
				const range = { start: document.positionAt(at), end: document.positionAt(at + remove) };
				const change = { range, text: insert };
				document = TextDocument.update(document, [change], document.version + 1);
				await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
				if (i % 10 === 0) {
					const source = new CancellationTokenSource();
					const hover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: document.positionAt(Math.floor(rnd() * document.getText().length)) }, source.token).catch(() => null);
					if (rnd() < 0.5) { source.cancel(); }
					await hover;
				}
			}
			const incremental = await settle(client);
			assert.notStrictEqual(incremental, '[]', 'the corpus still has findings to compare');
			const coldDir = copySeeds();
			writeFileSync(path.join(coldDir, FILE), document.getText());
			const cold = new LspClient();
			try {
				await cold.initialize(coldDir);
				await cold.waitFor(() => cold.diagnostics.size > 0, 'cold diagnostics');
				assert.strictEqual(incremental, await settle(cold));
			} finally {
				await cold.stop();
			}
		} finally {
			await client.stop();
		}
	});
});
