import * as assert from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { LspClient, seedsDir } from './lspClient';
import type { StatusParams } from '../../server/src/protocol';

/**
 * Files over the size limit, and articles over the character limit, as a user
 * meets them: a skipped file opened in the editor stays skipped with its
 * notice until the user chooses to analyse it, and the log gets one line per
 * change of a file's state, not one per keystroke.
 */

const SEED = '000_4db70d2cf16ce39b.txt';
const codes = (ds: readonly Diagnostic[] | undefined) => (ds ?? []).map(d => String(d.code));
const lastStatus = (client: LspClient) => client.notifications.filter(n => n.method === 'corroborate/status').map(n => n.params as StatusParams).at(-1);

suite('Skipped files and the log', () => {
	let dir: string;
	let client: LspClient;
	/** The settings the client answers with; a test changes them and says so with didChangeConfiguration. */
	const settings: { maxFileSize: number; limits: { maxCharacters: number }; files?: { articles: string[] } } = { maxFileSize: 20_000, limits: { maxCharacters: 4_000 } };
	const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
	const seedText = readFileSync(path.join(seedsDir, SEED), 'utf8');
	// A seed repeated past the size limit; and one cut by the character limit.
	const big = `${seedText}\n`.repeat(Math.ceil(25_000 / seedText.length));
	const long = seedText.slice(0, 6_000);
	const linesAbout = (name: string) => client.logs.filter(l => l.startsWith(`${uri(name)}: `));

	suiteSetup(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'corroborate-skipped-'));
		cpSync(seedsDir, dir, { recursive: true });
		writeFileSync(path.join(dir, 'big.txt'), big);
		writeFileSync(path.join(dir, 'long.txt'), long);
		client = new LspClient(undefined, settings);
		await client.initialize(dir);
		await client.waitFor(() => lastStatus(client)?.indexing === false && codes(client.diagnostics.get(uri('big.txt'))?.diagnostics).includes('input.skipped'), 'the size notice on big.txt');
	});

	suiteTeardown(async () => {
		await client.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	test('Should keep a file over the size limit skipped, with its notice, when it is opened and typed into', async () => {
		assert.ok(big.length > settings.maxFileSize && long.length < settings.maxFileSize);
		await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('big.txt'), languageId: 'plaintext', version: 1, text: big } });
		for (let v = 2; v <= 6; v++) {
			await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('big.txt'), version: v }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
		}
		// A request after the edits is answered after they are handled.
		const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('big.txt') }, position: { line: 12, character: 83 } });
		assert.strictEqual(hover, null, 'a skipped file gets no hover');
		const tokens = await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: uri('big.txt') } }) as { data: number[] };
		assert.deepStrictEqual(tokens.data, [], 'a skipped file gets no highlighting');
		await client.waitFor(() => lastStatus(client)?.skipped === 1, 'the status to count one skipped file');
		const notice = client.diagnostics.get(uri('big.txt'))!.diagnostics;
		assert.deepStrictEqual(codes(notice), ['input.skipped']);
		assert.match(String(notice[0].message), /larger than the 20000 byte limit .*Analyse This File Anyway/);
		assert.strictEqual(linesAbout('big.txt').length, 1, `one log line for the skipped file: ${JSON.stringify(linesAbout('big.txt'))}`);
	});

	test('Should log an article cut at the character limit once, however often it is typed into', async () => {
		await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('long.txt'), languageId: 'plaintext', version: 1, text: long } });
		for (let v = 2; v <= 8; v++) {
			await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('long.txt'), version: v }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'y' }] });
		}
		await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('long.txt') }, position: { line: 0, character: 0 } });
		const lines = linesAbout('long.txt');
		assert.strictEqual(lines.length, 1, JSON.stringify(lines));
		assert.match(lines[0], /analysed in part: only the first [\d,]+ of [\d,]+ characters were analysed/);
		// Cut back under the limit: one more line says so.
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('long.txt'), version: 9 }, contentChanges: [{ text: long.slice(0, 2_000) }] });
		await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('long.txt') }, position: { line: 0, character: 0 } });
		assert.deepStrictEqual(linesAbout('long.txt').slice(1), [`${uri('long.txt')}: analysed in full`]);
	});

	test('Should analyse the skipped file once the user chooses it (corroborate.files.articles), whatever its size', async () => {
		settings.files = { articles: ['big.txt'] };
		await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
		await client.waitFor(() => !codes(client.diagnostics.get(uri('big.txt'))?.diagnostics).includes('input.skipped') && lastStatus(client)?.skipped === 0, 'big.txt analysed');
		const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('big.txt') }, position: { line: 12, character: 83 } });
		assert.ok(hover, 'a hover once the file is analysed');
		assert.ok(codes(client.diagnostics.get(uri('big.txt'))?.diagnostics).includes('input.truncated'), 'still bound by the character limit');
	});
});
