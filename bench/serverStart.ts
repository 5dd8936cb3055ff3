/**
 * Times the language server itself on a generated folder: cold indexing (worker
 * threads, empty extraction cache), warm indexing (same folder again, cache
 * filled), and the time from start to the first diagnostics of a file opened
 * right after `initialized`, while the rest is still being indexed.
 *
 *   node bench/out/serverStart.js [articles=10000]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateCorpus } from './generate';
import { loadRealText } from './realText';

const size = Number(process.argv[2] ?? 10_000);
const root = path.resolve(__dirname, '..', '..');

async function start(folder: string, cache: string): Promise<{ indexedMs: number; firstDiagnosticsMs: number; log: string }> {
	const child = spawn(process.execPath, [path.join(root, 'server', 'out', 'server.js'), '--stdio'], { env: { ...process.env, XDG_CACHE_HOME: cache }, stdio: ['pipe', 'pipe', 'inherit'] });
	const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
	const started = performance.now();
	const first = path.join(folder, 'a', '00000.txt');
	const uri = pathToFileURL(first).href;
	let firstDiagnosticsMs = -1;
	let log = '';
	const indexed = new Promise<number>(resolve => {
		connection.onNotification('window/logMessage', (p: { message: string }) => {
			if (/^indexed \d+ articles/.test(p.message)) {
				log = p.message;
				resolve(performance.now() - started);
			}
		});
	});
	connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
		if (p.uri === uri && firstDiagnosticsMs < 0) { firstDiagnosticsMs = performance.now() - started; }
	});
	connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
	connection.listen();
	await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }], capabilities: { workspace: { configuration: true } }, initializationOptions: { diagnosticsDelay: 50 } });
	await connection.sendNotification('initialized', {});
	await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(first, 'utf8') } });
	const indexedMs = await indexed;
	while (firstDiagnosticsMs < 0 && performance.now() - started < indexedMs + 30_000) { await new Promise(r => setTimeout(r, 20)); }
	await connection.sendRequest('shutdown');
	await connection.sendNotification('exit');
	connection.dispose();
	child.kill();
	return { indexedMs, firstDiagnosticsMs, log };
}

async function main(): Promise<void> {
	const folder = mkdtempSync(path.join(tmpdir(), 'corroborate-start-'));
	const cache = mkdtempSync(path.join(tmpdir(), 'corroborate-start-cache-'));
	mkdirSync(path.join(folder, 'a'));
	generateCorpus(size, 1, loadRealText(root).paragraphs).forEach((a, i) => writeFileSync(path.join(folder, 'a', `${String(i).padStart(5, '0')}.txt`), a.text));
	try {
		const cold = await start(folder, cache);
		const warm = await start(folder, cache);
		const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
		console.log(`server on ${size.toLocaleString('en-US')} generated articles`);
		console.log(`  cold start: indexed in ${s(cold.indexedMs)}; first diagnostics of an open file after ${s(cold.firstDiagnosticsMs)}  (${cold.log})`);
		console.log(`  warm start: indexed in ${s(warm.indexedMs)}; first diagnostics of an open file after ${s(warm.firstDiagnosticsMs)}  (${warm.log})`);
		writeFileSync(path.join(root, 'bench', 'server-start.json'), JSON.stringify({ size, cold, warm, date: new Date().toISOString() }, null, '\t'));
	} finally {
		rmSync(folder, { recursive: true, force: true });
		rmSync(cache, { recursive: true, force: true });
	}
}

void main();
