import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SemanticTokens, WorkspaceDiagnosticReport, WorkspaceFullDocumentDiagnosticReport } from 'vscode-languageserver';
import { LspClient, repoRoot, seedsDir } from './lspClient';
import type { NonArticle, StatusParams } from '../../server/src/protocol';

/**
 * A repository-like folder: a real licence, a requirements file and one seed
 * article (the one that has findings of its own). Only the article is analysed.
 */
const SEED = '002_5f7ad8ba94867228.txt';
const LICENCE = 'LICENSE.txt';
const REQUIREMENTS = 'requirements.txt';
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'not-articles');

function writeRepository(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-repo-'));
	copyFileSync(path.join(fixtures, 'LICENSE-mit-mocha.txt'), path.join(dir, LICENCE));
	copyFileSync(path.join(fixtures, 'requirements.txt'), path.join(dir, REQUIREMENTS));
	copyFileSync(path.join(seedsDir, SEED), path.join(dir, SEED));
	return dir;
}

const lastStatus = (client: LspClient) => client.notifications.filter(n => n.method === 'corroborate/status').map(n => n.params as StatusParams).at(-1);

async function tokensOf(client: LspClient, uri: string): Promise<number> {
	const tokens = await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }) as SemanticTokens;
	return tokens.data.length / 5;
}

/** Asks for semantic tokens until their count passes `test` (a closed file is read from disk again in the background). */
async function waitForTokens(client: LspClient, uri: string, test: (count: number) => boolean, what: string): Promise<void> {
	const deadline = Date.now() + 10_000;
	while (!test(await tokensOf(client, uri))) {
		if (Date.now() > deadline) { throw new Error(`timed out waiting for ${what}`); }
		await new Promise(r => setTimeout(r, 50));
	}
}

suite('Only articles are analysed', () => {
	let dir: string;
	let client: LspClient;
	const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
	const diagnosticsOf = (name: string) => client.diagnostics.get(uri(name))?.diagnostics ?? [];

	suiteSetup(async () => {
		dir = writeRepository();
		client = new LspClient();
		await client.initialize(dir);
		await client.waitFor(() => diagnosticsOf(SEED).length > 0, 'diagnostics of the seed article');
	});
	suiteTeardown(async () => {
		await client.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	test('Should give the article semantic tokens and diagnostics, and the licence and requirements file neither', async () => {
		assert.ok(await tokensOf(client, uri(SEED)) > 10, 'the article is highlighted');
		for (const name of [LICENCE, REQUIREMENTS]) {
			assert.strictEqual(await tokensOf(client, uri(name)), 0, `${name} has semantic tokens`);
			assert.deepStrictEqual(diagnosticsOf(name), [], `${name} has diagnostics`);
		}
	});

	test('Should answer hovers, lenses, hints and symbols of a non-article with nothing, even when it is open', async () => {
		const text = readFileSync(path.join(dir, LICENCE), 'utf8');
		await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(LICENCE), languageId: 'plaintext', version: 1, text } });
		const at = { textDocument: { uri: uri(LICENCE) }, position: { line: 2, character: 40 } };
		assert.strictEqual(await client.connection.sendRequest('textDocument/hover', at), null);
		assert.deepStrictEqual(await client.connection.sendRequest('textDocument/codeLens', { textDocument: at.textDocument }), []);
		assert.deepStrictEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: at.textDocument }), []);
		assert.deepStrictEqual(await client.connection.sendRequest('textDocument/inlayHint', { textDocument: at.textDocument, range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } } }), []);
		assert.strictEqual(await tokensOf(client, uri(LICENCE)), 0);
		await client.connection.sendNotification('textDocument/didClose', { textDocument: at.textDocument });
	});

	test('Should count the files that are not articles in the status and list them with their reasons', async () => {
		await client.waitFor(() => lastStatus(client)?.indexing === false, 'a status after indexing');
		const status = lastStatus(client)!;
		assert.strictEqual(status.articles, 1);
		assert.strictEqual(status.notArticles, 2);
		const others = await client.connection.sendRequest('corroborate/nonArticles') as NonArticle[];
		assert.deepStrictEqual(others.map(o => path.basename(new URL(o.uri).pathname)), [LICENCE, REQUIREMENTS]);
		assert.match(others[0].reason, /licence/);
		assert.match(others[1].reason, /dependency list/);
	});

	test('Should decide again while a new file is typed into, until it reads as an article', async () => {
		const draft = uri('draft.txt');
		await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: draft, languageId: 'plaintext', version: 1, text: '' } });
		assert.strictEqual(await tokensOf(client, draft), 0);
		const text = readFileSync(path.join(seedsDir, SEED), 'utf8');
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: draft, version: 2 }, contentChanges: [{ text: text.slice(0, 40) }] });
		assert.strictEqual(await tokensOf(client, draft), 0, 'a dateline alone is no article');
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: draft, version: 3 }, contentChanges: [{ text }] });
		assert.ok(await tokensOf(client, draft) > 10, 'the finished article is highlighted');
		const others = await client.connection.sendRequest('corroborate/nonArticles') as NonArticle[];
		assert.ok(!others.some(o => o.uri === draft));
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: draft } });
	});

	test('Should analyse a file in the news-article language whatever its shape', async () => {
		const text = readFileSync(path.join(dir, LICENCE), 'utf8');
		await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(LICENCE), languageId: 'news-article', version: 1, text } });
		assert.ok(await tokensOf(client, uri(LICENCE)) > 0, 'the licence in the news-article language is highlighted');
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(LICENCE) } });
		await waitForTokens(client, uri(LICENCE), n => n === 0, 'the closed licence, read from disk again, to lose its highlights');
	});

	test('Should analyse every file once a .corroborate.json appears in the folder', async () => {
		writeFileSync(path.join(dir, '.corroborate.json'), '{}\n');
		await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.corroborate.json'), type: 1 }] });
		await client.waitFor(() => lastStatus(client)?.articles === 3 && lastStatus(client)?.notArticles === 0, 'every file an article');
		assert.ok(await tokensOf(client, uri(LICENCE)) > 0, 'the licence is highlighted');
		rmSync(path.join(dir, '.corroborate.json'));
		await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.corroborate.json'), type: 3 }] });
		await client.waitFor(() => lastStatus(client)?.articles === 1 && lastStatus(client)?.notArticles === 2, 'back to one article');
	});
});

suite('A file that stops being an article, for a client that pulls diagnostics', () => {
	test('Should report it with no items once its folder loses its .corroborate.json', async () => {
		const dir = writeRepository();
		writeFileSync(path.join(dir, '.corroborate.json'), '{}\n');
		const client = new LspClient();
		const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
		const report = async () => (await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] }) as WorkspaceDiagnosticReport).items as WorkspaceFullDocumentDiagnosticReport[];
		try {
			await client.initialize(dir, { textDocument: { diagnostic: {} }, workspace: { configuration: true } });
			await client.waitFor(() => lastStatus(client)?.indexing === false && lastStatus(client)?.articles === 3, 'the licence indexed as an article');
			assert.ok((await report()).some(r => r.uri === uri(LICENCE)), 'the licence is reported while it is an article');
			rmSync(path.join(dir, '.corroborate.json'));
			await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.corroborate.json'), type: 3 }] });
			await client.waitFor(() => lastStatus(client)?.articles === 1, 'the licence no longer an article');
			const entry = (await report()).find(r => r.uri === uri(LICENCE));
			assert.deepStrictEqual(entry?.items, [], 'an explicit empty report for the licence');
		} finally {
			await client.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

suite('Settings that make files articles', () => {
	for (const [name, settings] of [['corroborate.files.recognition "all"', { files: { recognition: 'all' } }], ['corroborate.files.articles', { files: { articles: [LICENCE] } }]] as const) {
		test(`Should analyse a licence by ${name}`, async () => {
			const dir = writeRepository();
			const client = new LspClient(undefined, settings);
			try {
				await client.initialize(dir);
				const licence = pathToFileURL(path.join(dir, LICENCE)).href;
				await client.waitFor(() => lastStatus(client)?.indexing === false && (lastStatus(client)?.articles ?? 0) >= 2, 'the licence indexed as an article');
				assert.ok(await tokensOf(client, licence) > 0, 'the licence is highlighted');
			} finally {
				await client.stop();
				rmSync(dir, { recursive: true, force: true });
			}
		});
	}
});

suite('The CLI on a repository-like folder', () => {
	let dir: string;
	const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'server', 'out', 'cli.js'), ...args], { encoding: 'utf8' });

	suiteSetup(() => { dir = writeRepository(); });
	suiteTeardown(() => rmSync(dir, { recursive: true, force: true }));

	test('Should report nothing for the licence and the requirements file, and say how many it left out', () => {
		const text = cli('check', dir);
		assert.match(text.stdout, /^1 article checked: .*; 2 files not recognised as articles \(--verbose lists them\)$/m);
		assert.doesNotMatch(text.stdout, /LICENSE|requirements/);
		assert.strictEqual(text.stderr, '', 'no message per file without --verbose');
		const json = JSON.parse(cli('check', dir, '--format', 'json').stdout) as { files: { path: string }[]; diagnostics: { path: string }[]; notArticles: { path: string; reason: string }[] };
		assert.deepStrictEqual(json.files.map(f => path.basename(f.path)), [SEED]);
		assert.ok(json.diagnostics.length > 0 && json.diagnostics.every(d => path.basename(d.path) === SEED));
		assert.deepStrictEqual(json.notArticles.map(n => path.basename(n.path)), [LICENCE, REQUIREMENTS]);
	});

	test('Should name each file it leaves out on stderr with --verbose', () => {
		const r = cli('check', dir, '--verbose');
		const lines = r.stderr.trim().split('\n');
		assert.strictEqual(lines.length, 2, r.stderr);
		assert.match(lines[0], /^corroborate: not an article: .*LICENSE\.txt: a licence or notice/);
		assert.match(lines[1], /^corroborate: not an article: .*requirements\.txt: a dependency list/);
	});

	test('Should check a file named on the command line even when it does not read as an article', () => {
		const r = cli('check', path.join(dir, LICENCE), '--format', 'json');
		const json = JSON.parse(r.stdout) as { files: { path: string; mentions: unknown[] }[]; notArticles: unknown[] };
		assert.strictEqual(json.files.length, 1);
		assert.ok(json.files[0].mentions.length > 0, 'the licence was analysed');
		assert.deepStrictEqual(json.notArticles, []);
	});
});
