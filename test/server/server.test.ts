import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Hover, SemanticTokens } from 'vscode-languageserver';
import { LspClient, repoRoot, seedsDir, seedUri } from './lspClient';

const SEED0 = '000_4db70d2cf16ce39b.txt';

/** The LSP position of the first occurrence of `needle` in a seed (plus `delta` characters). */
function positionOf(file: string, needle: string, delta = 0): { line: number; character: number } {
	const lines = readFileSync(path.join(seedsDir, file), 'utf8').split(/\r\n|\r|\n/);
	const line = lines.findIndex(l => l.includes(needle));
	assert.ok(line >= 0, `${needle} not in ${file}`);
	return { line, character: lines[line].indexOf(needle) + delta };
}

suite('Language server over stdio', () => {
	let client: LspClient;

	suiteSetup(async () => {
		client = new LspClient();
	});
	suiteTeardown(async () => {
		await client.stop();
	});

	test('Should announce its capabilities on initialize', async () => {
		const result = await client.initialize(seedsDir);
		const caps = result.capabilities as { hoverProvider: boolean; documentSymbolProvider: boolean; semanticTokensProvider: { legend: { tokenTypes: string[]; tokenModifiers: string[] }; full: boolean; range: boolean }; textDocumentSync: number };
		assert.strictEqual(caps.hoverProvider, true);
		assert.strictEqual(caps.documentSymbolProvider, true);
		assert.deepStrictEqual(caps.semanticTokensProvider.legend.tokenTypes, ['class', 'enumMember', 'number']);
		assert.ok(caps.semanticTokensProvider.legend.tokenModifiers.includes('person'));
		assert.strictEqual(caps.semanticTokensProvider.range, true);
		assert.strictEqual(caps.textDocumentSync, 2);
	});

	test('Should publish diagnostics for articles that were never opened', async () => {
		const unopened = seedUri('001_68df400132d9e05e.txt');
		await client.waitFor(() => (client.diagnostics.get(unopened)?.diagnostics.length ?? 0) > 0, 'diagnostics for 001 without opening it');
		const d = client.diagnostics.get(unopened)!.diagnostics[0];
		assert.ok(d.code, 'a diagnostic code');
		// The link goes to the code's own row of the README's codes table.
		const anchor = String(d.codeDescription?.href).split('#')[1];
		assert.match(String(d.codeDescription?.href), /README\.md#/);
		assert.strictEqual(anchor, String(d.code).replace('.', '-'));
		assert.ok(readFileSync(path.join(repoRoot, 'README.md'), 'utf8').includes(`<a id="${anchor}"></a>`), `README has the anchor ${anchor}`);
		assert.ok(d.relatedInformation?.some(r => r.location.uri !== unopened || r.location.range.start.line !== d.range.start.line), 'related information points at the other passage');
	});

	test('Should return semantic tokens for a seed with actors, dates and numbers', async () => {
		const uri = seedUri(SEED0);
		await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(path.join(seedsDir, SEED0), 'utf8') } });
		const tokens = await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }) as SemanticTokens;
		assert.strictEqual(tokens.data.length % 5, 0);
		const decoded: { line: number; char: number; length: number; type: number }[] = [];
		let line = 0;
		let char = 0;
		for (let i = 0; i < tokens.data.length; i += 5) {
			line += tokens.data[i];
			char = tokens.data[i] === 0 ? char + tokens.data[i + 1] : tokens.data[i + 1];
			decoded.push({ line, char, length: tokens.data[i + 2], type: tokens.data[i + 3] });
		}
		const pentagon = positionOf(SEED0, 'Pentagon');
		assert.ok(decoded.some(t => t.line === pentagon.line && t.char === pentagon.character && t.length === 'Pentagon'.length && t.type === 0), 'Pentagon is an actor token');
		const dateline = positionOf(SEED0, '2024-02-07');
		assert.ok(decoded.some(t => t.line === dateline.line && t.type === 1), 'the dateline is a date token');
		const more = positionOf(SEED0, 'more than 40');
		assert.ok(decoded.some(t => t.line === more.line && t.char === more.character && t.type === 2), '"more than 40" is a number token');
	});

	test('Should answer a hover on a number with what another seed says', async () => {
		const uri = seedUri(SEED0);
		const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(SEED0, 'two commanders', 1) }) as Hover;
		const value = (hover.contents as { value: string }).value;
		assert.match(value, /Death toll|Killed/);
		assert.match(value, /00[1-3]_[0-9a-f]+\.txt/, 'quotes another seed file');
		// The other articles grouped by value, each with its verdict: "- ✗ **3** · same day · “three members were killed” …".
		assert.match(value, /^\d+ other articles?: .*✗ contradicts?/m);
		assert.match(value, /^- ✗ \*\*[^*]+\*\* · /m);
		// A link to Compare Sources on this statement's event, with its position.
		const link = /\(command:corroborate\.compareSources\?([^ )]+)/.exec(value);
		assert.ok(link, 'a Compare Sources link');
		const [linkUri, position] = JSON.parse(decodeURIComponent(link[1])) as [string, { line: number; character: number }];
		assert.strictEqual(linkUri, uri);
		assert.deepStrictEqual(position, positionOf(SEED0, 'two commanders'));
	});

	test('Should prefer the unsaved buffer over the file on disk', async () => {
		const uri = seedUri(SEED0);
		const text = readFileSync(path.join(seedsDir, SEED0), 'utf8').replace('two commanders were killed', 'three commanders were killed');
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
		await client.waitFor(() => !(client.diagnostics.get(uri)?.diagnostics ?? []).some(d => /two commanders/.test(typeof d.message === 'string' ? d.message : d.message.value)), 'the edited death toll to replace the old one');
		const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(SEED0, 'two commanders', 1) }) as Hover | null;
		const shown = hover ? (hover.contents as { value: string }).value : '';
		assert.ok(!/here: \*\*2\*\*/.test(shown), 'hover reflects the buffer');
	});
});

suite('Extraction cache', () => {
	test('Should reuse cached extractions when the same folder is opened again', async () => {
		const { mkdtempSync, cpSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-cache-'));
		cpSync(seedsDir, dir, { recursive: true });
		for (const expected of [/0 cached extractions/, /5 cached extractions/]) {
			const client = new LspClient();
			try {
				await client.initialize(dir);
				await client.waitFor(() => client.logs.some(l => /^indexed 5 articles/.test(l)), 'indexing');
				assert.match(client.logs.find(l => /^indexed/.test(l))!, expected);
				await client.waitFor(() => client.diagnostics.size > 0, 'diagnostics');
			} finally {
				await client.stop();
			}
		}
	});
});
