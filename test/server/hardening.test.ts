import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SemanticTokens } from 'vscode-languageserver';
import { LspClient, repoRoot } from './lspClient';
import type { StatusParams } from '../../server/src/protocol';

const STORY = 'BAGHDAD — A drone strike in Baghdad on Wednesday killed three members of Kataib Hezbollah, officials said.';

/** The bad-input matrix, written into a fresh folder. */
function writeMatrix(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-hard-'));
	const w = (name: string, data: string | Buffer) => writeFileSync(path.join(dir, name), data);
	w('empty.txt', '');
	w('whitespace.txt', ' \n\t\n   \r\n');
	w('huge.txt', `${STORY}\n`.repeat(Math.ceil(50e6 / (STORY.length + 1))));
	w('longline.txt', 'word '.repeat(1_000_000));
	w('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
	w('latin1.txt', Buffer.from([0x42, 0x61, 0x67, 0x68, 0x64, 0x61, 0x64, 0x20, 0xe9, 0xe8, 0x20, 0x66, 0x6f, 0x6f]));
	const utf16 = Buffer.from(`\ufeff${STORY}`, 'utf16le');
	w('utf16.txt', utf16);
	w('utf8bom.txt', `\ufeff${STORY}`);
	w('cr.txt', `First line.\r${STORY}\rLast.`);
	w('crlf.txt', `First line.\r\n${STORY}\r\n`);
	w('unicode.txt', `🔥🔥 قال مسؤولون — ${STORY}`);
	w('numbers.txt', Array.from({ length: 5000 }, (_, i) => String(i * 7)).join(' '));
	w('repeated.txt', 'Joe Biden said. '.repeat(100_000));
	w('french.txt', 'Une frappe de drone à Bagdad mercredi a tué trois membres des Brigades du Hezbollah, selon des responsables.');
	w('.corroborate.json', '{ "severity": { "claim.date-conflict": "nope" ');
	mkdirSync(path.join(dir, 'folder.txt'));
	mkdirSync(path.join(dir, 'loop'));
	symlinkSync(dir, path.join(dir, 'loop', 'back'));
	w('locked.txt', STORY);
	chmodSync(path.join(dir, 'locked.txt'), 0o000);
	return dir;
}

suite('Bad, big and hostile input', () => {
	let dir: string;
	let client: LspClient;
	const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
	const messages = (name: string) => (client.diagnostics.get(uri(name))?.diagnostics ?? []).map(d => `${d.code} ${typeof d.message === 'string' ? d.message : d.message.value}`);

	suiteSetup(async () => {
		dir = writeMatrix();
		client = new LspClient();
		await client.initialize(dir);
		await client.waitFor(() => client.notifications.some(n => n.method === 'corroborate/status' && !(n.params as { indexing: boolean }).indexing && (n.params as { articles: number }).articles > 0), 'indexing to finish', 120_000);
	});
	suiteTeardown(async () => {
		await client.stop();
		chmodSync(path.join(dir, 'locked.txt'), 0o644);
		rmSync(dir, { recursive: true, force: true });
	});

	test('Should skip binary, non-UTF-8 and oversized files with an information diagnostic naming the reason', async () => {
		await client.waitFor(() => messages('binary.txt').length > 0 && messages('latin1.txt').length > 0 && messages('huge.txt').length > 0, 'skip diagnostics');
		assert.match(messages('binary.txt')[0], /^input\.skipped .*binary/);
		assert.match(messages('latin1.txt')[0], /^input\.skipped .*UTF-8/);
		assert.match(messages('huge.txt')[0], /^input\.skipped .*larger than/);
	});

	test('Should analyse a 5 MB line, thousands of numbers and a repeated name only in part, and say so', async () => {
		// 5 MB is over the default 2 MB file limit, so the long line's file is skipped; the 1.6 MB repeated name is cut.
		await client.waitFor(() => messages('longline.txt').some(m => /^input\.(skipped|truncated)/.test(m)), 'a note on the long line');
		assert.ok(messages('repeated.txt').some(m => /^input\.truncated/.test(m)));
		assert.deepStrictEqual(messages('empty.txt'), []);
		assert.deepStrictEqual(messages('whitespace.txt'), []);
	});

	test('Should report a malformed .corroborate.json on the file itself and keep working', async () => {
		await client.waitFor(() => messages('.corroborate.json').length > 0, 'config diagnostics');
		assert.ok(messages('.corroborate.json').some(m => m.startsWith('config.malformed')));
	});

	for (const name of ['utf16.txt', 'utf8bom.txt', 'cr.txt', 'crlf.txt', 'unicode.txt']) {
		test(`Should keep highlights exact in UTF-16 columns: ${name}`, async () => {
			const tokens = await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: uri(name) } }) as SemanticTokens;
			const lines = (name === 'utf16.txt' || name === 'utf8bom.txt' ? STORY : name === 'unicode.txt' ? `🔥🔥 قال مسؤولون — ${STORY}` : `First line.\n${STORY}\nLast.`).split('\n');
			const found: string[] = [];
			let line = 0;
			let char = 0;
			for (let i = 0; i < tokens.data.length; i += 5) {
				line += tokens.data[i];
				char = tokens.data[i] === 0 ? char + tokens.data[i + 1] : tokens.data[i + 1];
				found.push(lines[line].slice(char, char + tokens.data[i + 2]));
			}
			assert.ok(found.includes('Kataib Hezbollah'), `tokens: ${found.join(' | ')}`);
			assert.ok(found.includes('Wednesday'), `tokens: ${found.join(' | ')}`);
		});
	}

	test('Should survive files deleted, renamed and truncated while indexed', async () => {
		rmSync(path.join(dir, 'crlf.txt'));
		renameSync(path.join(dir, 'cr.txt'), path.join(dir, 'renamed.txt'));
		writeFileSync(path.join(dir, 'unicode.txt'), '🔥');
		await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [
			{ uri: uri('crlf.txt'), type: 3 }, { uri: uri('cr.txt'), type: 3 }, { uri: uri('renamed.txt'), type: 1 }, { uri: uri('unicode.txt'), type: 2 }, { uri: uri('gone.txt'), type: 2 },
		] });
		const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('renamed.txt') }, position: { line: 1, character: 40 } });
		assert.ok(hover === null || typeof hover === 'object');
		const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri('crlf.txt') } }) as unknown[];
		assert.deepStrictEqual(symbols, []);
	});

	test('Should give the CLI one message per skipped path, exit status 2 for a missing path, and no stack trace', () => {
		const r = spawnSync(process.execPath, [path.join(repoRoot, 'server', 'out', 'cli.js'), 'check', dir, path.join(dir, 'missing.txt')], { encoding: 'utf8' });
		assert.strictEqual(r.status, 2);
		assert.match(r.stderr, /skipped .*binary\.txt: binary file/);
		assert.match(r.stderr, /skipped .*latin1\.txt: not valid UTF-8/);
		assert.match(r.stderr, /cannot read .*missing\.txt: no such file or directory/);
		assert.doesNotMatch(r.stderr, /\n\s+at /);
		if (process.getuid?.() !== 0) { assert.match(r.stderr, /skipped .*locked\.txt: permission denied/); }
	});
});

suite('Per-article limits from the settings', () => {
	test('Should cut an article at corroborate.limits.maxMentions and say so on the file', async () => {
		const { cpSync } = await import('node:fs');
		const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-limits-'));
		cpSync(path.join(repoRoot, 'seeds'), dir, { recursive: true });
		const client = new LspClient(undefined, { limits: { maxMentions: 5 } });
		try {
			await client.initialize(dir);
			const target = pathToFileURL(path.join(dir, '000_4db70d2cf16ce39b.txt')).href;
			await client.waitFor(() => (client.diagnostics.get(target)?.diagnostics ?? []).some(d => d.code === 'input.truncated'), 'a truncation note');
			const note = client.diagnostics.get(target)!.diagnostics.find(d => d.code === 'input.truncated')!;
			assert.match(typeof note.message === 'string' ? note.message : note.message.value, /only the first 5 of \d+ mentions were kept/);
		} finally {
			await client.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

suite('A workspace of 20,000 files', () => {
	test('Should index them all, tell the 200 articles from the 19,800 one-line notes, and answer a hover while doing so', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-20k-'));
		for (let i = 0; i < 20_000; i++) {
			writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.txt`), i % 100 === 0 ? STORY : `Note ${i}: the council met on Monday.`);
		}
		const client = new LspClient();
		try {
			await client.initialize(dir);
			const first = pathToFileURL(path.join(dir, '00000.txt')).href;
			await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: first, languageId: 'plaintext', version: 1, text: STORY } });
			const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: first }, position: { line: 0, character: 75 } });
			assert.ok(hover, 'a hover on an open file while the folder is still being indexed');
			await client.waitFor(() => client.notifications.some(n => n.method === 'corroborate/status' && (n.params as StatusParams).articles === 200 && (n.params as StatusParams).notArticles === 19_800 && !(n.params as StatusParams).indexing), '20,000 files indexed', 240_000);
		} finally {
			await client.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
