import * as assert from 'node:assert';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
	CodeAction, CodeLens, Diagnostic, DocumentDiagnosticReport, DocumentHighlight, InlayHint, Location, Range, SymbolInformation, WorkspaceDiagnosticReport,
} from 'vscode-languageserver';
import { RequestType } from 'vscode-jsonrpc/node';
import { LspClient, seedsDir } from './lspClient';
import type { CompareResult, FindingsGroup, StatusParams } from '../../server/src/protocol';

/**
 * The navigation, hint, review and workspace-file features of the server,
 * spoken to over stdio. Every suite works on its own copy of seeds/ in a
 * temporary folder, so the tests that write `.corroborate.json` never touch
 * the repository.
 */

const S0 = '000_4db70d2cf16ce39b.txt';
const S1 = '001_68df400132d9e05e.txt';
const S2 = '002_5f7ad8ba94867228.txt';
const S4 = '004_a1fef557c6d29818.txt';
const CONFIG = '.corroborate.json';

/** A fresh copy of seeds/ with helpers to address its files. */
class Workspace {
	readonly dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-features-'));
	constructor() { cpSync(seedsDir, this.dir, { recursive: true }); }
	get uri(): string { return pathToFileURL(this.dir).href; }
	uriOf(name: string): string { return pathToFileURL(path.join(this.dir, name)).href; }
	text(name: string): string { return readFileSync(path.join(this.dir, name), 'utf8'); }
	lines(name: string): string[] { return this.text(name).split(/\r\n|\r|\n/); }
	/** The position of the first `needle` in a file (on or after line `fromLine`), plus `delta` characters. */
	positionOf(name: string, needle: string, delta = 0, fromLine = 0): { line: number; character: number } {
		const lines = this.lines(name);
		const line = lines.findIndex((l, i) => i >= fromLine && l.includes(needle));
		assert.ok(line >= 0, `${needle} not in ${name}`);
		return { line, character: lines[line].indexOf(needle) + delta };
	}
	/** The text a single-line or multi-line range covers. */
	textAt(name: string, range: Range): string {
		const lines = this.lines(name);
		if (range.start.line === range.end.line) { return lines[range.start.line].slice(range.start.character, range.end.character); }
		return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
	}
	nameOf(uri: string): string { return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)); }
	writeConfig(text: string): void { writeFileSync(path.join(this.dir, CONFIG), text, 'utf8'); }
	readConfig(): string { return readFileSync(path.join(this.dir, CONFIG), 'utf8'); }
	get configUri(): string { return this.uriOf(CONFIG); }
	remove(): void { rmSync(this.dir, { recursive: true, force: true }); }
}

const fullRange = (ws: Workspace, name: string): Range => {
	const lines = ws.lines(name);
	return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
};
const codesOf = (ds: readonly Diagnostic[] | undefined) => (ds ?? []).map(d => String(d.code));
const sameRange = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
const describe = (ds: readonly Diagnostic[] | undefined) => JSON.stringify((ds ?? []).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`));

/** Waits until every article of the copy has had its diagnostics published, and 000 has findings. */
async function waitForInitialDiagnostics(client: LspClient, ws: Workspace): Promise<void> {
	await client.waitFor(() => (client.diagnostics.get(ws.uriOf(S0))?.diagnostics.length ?? 0) > 0 && (client.diagnostics.get(ws.uriOf(S2))?.diagnostics.length ?? 0) > 0, 'initial diagnostics for 000 and 002');
}

suite('Language server features: navigation, hints, lenses, comparison', () => {
	let client: LspClient;
	let ws: Workspace;

	suiteSetup(async () => {
		ws = new Workspace();
		client = new LspClient();
		const result = await client.initialize(ws.dir);
		const caps = result.capabilities;
		for (const key of ['definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'workspaceSymbolProvider', 'inlayHintProvider', 'codeLensProvider', 'codeActionProvider', 'executeCommandProvider']) {
			assert.ok(caps[key], `capability ${key}`);
		}
		assert.strictEqual(caps.diagnosticProvider, undefined, 'no pull diagnostics without the client capability');
		await waitForInitialDiagnostics(client, ws);
	});
	suiteTeardown(async () => {
		await client.stop();
		ws.remove();
	});

	test('Should find references to Kataib Hezbollah in every seed, including the "Kataeb" spelling in 002', async () => {
		const refs = await client.connection.sendRequest('textDocument/references', {
			textDocument: { uri: ws.uriOf(S0) }, position: ws.positionOf(S0, 'Kataib Hezbollah', 3), context: { includeDeclaration: true },
		}) as Location[];
		assert.ok(Array.isArray(refs) && refs.length > 0, 'some references');
		const texts = refs.map(r => `${ws.nameOf(r.uri)}:${r.range.start.line + 1} ${ws.textAt(ws.nameOf(r.uri), r.range)}`);
		for (const r of refs) { assert.match(ws.textAt(ws.nameOf(r.uri), r.range), /Kata[ie]b Hezbollah/, `each reference names the group: ${texts.join(' | ')}`); }
		const files = new Set(refs.map(r => ws.nameOf(r.uri)));
		for (const f of [S0, '001_68df400132d9e05e.txt', S2, '003_38baa6d87464e9c9.txt', S4]) { assert.ok(files.has(f), `a reference in ${f}: ${texts.join(' | ')}`); }
		const kataeb = ws.positionOf(S2, 'Kataeb Hezbollah');
		assert.ok(refs.some(r => r.uri === ws.uriOf(S2) && r.range.start.line === kataeb.line && r.range.start.character === kataeb.character), `the "Kataeb Hezbollah" spelling in 002 (line ${kataeb.line + 1}) is a reference: ${texts.join(' | ')}`);
		assert.ok(!refs.some(r => /Sayyid/.test(ws.textAt(ws.nameOf(r.uri), r.range))), 'Kataib Sayyid al-Shuhada is another group');
	});

	test('Should go to the first mention in the earliest-dated article on definition', async () => {
		// 004 is datelined 2021-06-28, the other seeds 2024-02-07 or later (or undated).
		for (const [name, needle] of [[S0, 'Kataib Hezbollah'], [S2, 'Kataeb Hezbollah']] as const) {
			const def = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: ws.uriOf(name) }, position: ws.positionOf(name, needle, 2) }) as Location | Location[] | null;
			const loc = Array.isArray(def) ? def[0] : def;
			assert.ok(loc, `a definition from ${name}`);
			assert.strictEqual(ws.nameOf(loc.uri), S4, `definition from ${name} is in the earliest article, got ${loc.uri}`);
			const first = ws.positionOf(S4, 'Kataib Hezbollah');
			assert.deepStrictEqual(loc.range.start, first, 'the first mention in 004');
			assert.strictEqual(ws.textAt(S4, loc.range), 'Kataib Hezbollah');
		}
		const none = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: ws.uriOf(S0) }, position: ws.positionOf(S0, 'retaliatory', 2) }) as Location | Location[] | null;
		assert.ok(none === null || (Array.isArray(none) && none.length === 0), 'no definition on a plain word');
	});

	test('Should highlight every mention of the actor in the same document only', async () => {
		const highlights = await client.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri: ws.uriOf(S0) }, position: ws.positionOf(S0, 'Kataib Hezbollah', 1) }) as DocumentHighlight[];
		const expected = ws.lines(S0).flatMap((l, line) => [...l.matchAll(/Kataib Hezbollah/g)].map(m => ({ line, character: m.index! })));
		assert.strictEqual(highlights.length, expected.length, `one highlight per "Kataib Hezbollah" in 000 (${expected.length}), got ${JSON.stringify(highlights.map(h => h.range.start))}`);
		for (const e of expected) { assert.ok(highlights.some(h => h.range.start.line === e.line && h.range.start.character === e.character), `highlight at ${e.line + 1}:${e.character + 1}`); }
		for (const h of highlights) { assert.strictEqual(ws.textAt(S0, h.range), 'Kataib Hezbollah'); }
	});

	test('Should find an actor by another spelling in workspace symbols ("Kataeb" → Kataib Hezbollah), and events', async () => {
		const symbols = await client.connection.sendRequest('workspace/symbol', { query: 'Kataeb' }) as SymbolInformation[];
		const hit = symbols.find(s => s.name === 'Kataib Hezbollah');
		assert.ok(hit, `Kataib Hezbollah among ${JSON.stringify(symbols.map(s => s.name))}`);
		assert.strictEqual(hit.kind, 5, 'an actor is a Class symbol');
		assert.match(String(hit.containerName), /Kataeb Hezbollah/, 'the detail lists the spellings');
		assert.strictEqual(ws.nameOf(hit.location.uri), S4, 'the symbol is located at the definition (earliest article)');
		const all = await client.connection.sendRequest('workspace/symbol', { query: '' }) as SymbolInformation[];
		assert.ok(all.some(s => s.kind === 24), `some event symbols (kind Event) among ${all.length} symbols`);
	});

	test('Should show resolved values as inlay hints: "Wednesday" → 2024-02-07 and "more than 40" → ≥ 41', async () => {
		const hints = await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: ws.uriOf(S0) }, range: fullRange(ws, S0) }) as InlayHint[];
		const labels = hints.map(h => `${h.position.line + 1}:${h.position.character} ${typeof h.label === 'string' ? h.label : h.label.map(p => p.value).join('')}`);
		const wednesday = ws.positionOf(S0, 'Wednesday', 'Wednesday'.length);
		const onWednesday = hints.find(h => h.position.line === wednesday.line && h.position.character === wednesday.character);
		assert.ok(onWednesday, `a hint at the end of "Wednesday" (${wednesday.line + 1}:${wednesday.character}); got ${labels.join(' | ')}`);
		assert.match(String(onWednesday.label), /2024-02-07/);
		const more = ws.positionOf(S0, 'more than 40', 'more than 40'.length);
		const onMore = hints.find(h => h.position.line === more.line && h.position.character === more.character);
		assert.ok(onMore, `a hint at the end of "more than 40"; got ${labels.join(' | ')}`);
		assert.match(String(onMore.label), /≥ 41/);
		const dateline = ws.positionOf(S0, '2024-02-07');
		assert.ok(!hints.some(h => h.position.line === dateline.line), 'no hint on the dateline, which says its value in full');
		// Only the requested range.
		const line5 = await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: ws.uriOf(S0) }, range: { start: { line: more.line, character: 0 }, end: { line: more.line + 1, character: 0 } } }) as InlayHint[];
		assert.ok(line5.length > 0 && line5.every(h => h.position.line === more.line), `hints only for the requested line: ${JSON.stringify(line5.map(h => h.position))}`);
	});

	test('Should put a code lens on each sentence with compared claims, counting sources that agree or contradict', async () => {
		const lenses = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: ws.uriOf(S0) } }) as CodeLens[];
		assert.ok(lenses.length > 0, 'some lenses');
		for (const l of lenses) {
			assert.ok(l.command, 'a resolved lens');
			// "3 agree · 2 contradict · 1 update": each other article once, short enough to read above a line.
			assert.match(l.command.title, /^\d+ (agrees?|contradicts?|differs?|updates?)( · \d+ (agrees?|contradicts?|differs?|updates?))*$/, `lens title: ${l.command.title}`);
			assert.ok(l.command.title.length <= 50, `lens title: ${l.command.title}`);
		}
		const commanders = ws.positionOf(S0, 'two commanders');
		const lens = lenses.find(l => l.range.start.line === commanders.line);
		assert.ok(lens, `a lens on the sentence with "two commanders were killed": ${JSON.stringify(lenses.map(l => [l.range.start.line + 1, l.command?.title]))}`);
		assert.match(lens.command!.title, /contradict/);
		assert.ok(lens.range.start.character <= commanders.character, 'the lens sits at the start of its sentence');
		const locations = lens.command!.arguments?.[2] as Location[] | undefined;
		assert.ok(locations?.some(l => l.uri !== ws.uriOf(S0)), 'the lens command carries the other sources');
	});

	test('Should offer quick fixes on a Corroborate diagnostic: open other source, mark reviewed, ignore fact, ignore code', async () => {
		const d = client.diagnostics.get(ws.uriOf(S0))!.diagnostics.find(x => x.code === 'claim.number-attributed');
		assert.ok(d, `a claim.number-attributed diagnostic on 000: ${describe(client.diagnostics.get(ws.uriOf(S0))?.diagnostics)}`);
		const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: ws.uriOf(S0) }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
		const titles = actions.map(a => a.title);
		assert.ok(titles.some(t => /^Open 00[1-3]_[0-9a-f]+\.txt:\d+ beside this article$/.test(t)), `open another source: ${titles.join(' | ')}`);
		const review = actions.find(a => a.title === 'Mark this disagreement as reviewed');
		assert.ok(review, `mark reviewed: ${titles.join(' | ')}`);
		assert.strictEqual(review.kind, 'quickfix');
		assert.strictEqual(review.isPreferred, true);
		assert.deepStrictEqual(review.diagnostics, [d]);
		assert.strictEqual(review.command?.command, 'corroborate.markReviewed');
		assert.deepStrictEqual(review.command?.arguments, [ws.uriOf(S0), 'claim.number-attributed', ws.textAt(S0, d.range)]);
		assert.ok(titles.includes('Ignore this fact in this file'), titles.join(' | '));
		assert.ok(titles.includes('Ignore claim.number-attributed in this project'), titles.join(' | '));
		const foreign = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: ws.uriOf(S0) }, range: d.range, context: { diagnostics: [{ ...d, source: 'spellcheck' }] } }) as CodeAction[];
		assert.deepStrictEqual(foreign, [], 'no actions on another tool\'s diagnostic');
	});

	test('Should answer corroborate/compare with the facts of the event and cells from several articles', async () => {
		const result = await client.connection.sendRequest('corroborate/compare', { textDocument: { uri: ws.uriOf(S0) }, position: ws.positionOf(S0, 'two commanders', 1) }) as CompareResult | null;
		assert.ok(result, 'a comparison');
		assert.ok(result.label.length > 0, 'an event label');
		const killed = result.facts.find(f => f.cells.some(c => c.uri === ws.uriOf(S0) && /two commanders/.test(c.quote)));
		assert.ok(killed, `the fact of "two commanders were killed" among ${JSON.stringify(result.facts.map(f => f.label))}`);
		assert.strictEqual(killed.fact, 'dead');
		assert.strictEqual(killed.label, 'Death toll');
		const files = new Set(killed.cells.map(c => ws.nameOf(c.uri)));
		assert.ok(files.size >= 3, `cells from several files: ${[...files].join(', ')}`);
		const mine = killed.cells.find(c => c.uri === ws.uriOf(S0))!;
		assert.strictEqual(mine.value, '2');
		assert.strictEqual(mine.verdict, 'contradicts');
		for (const c of killed.cells) { assert.ok(c.range.start.line >= 0 && typeof c.quote === 'string' && c.quote.length > 0, 'cells are located and quoted'); }
		// Values grouped, most reported first; each cell stands against that value, so not every cell reads ✗.
		assert.deepStrictEqual(killed.values.flatMap(v => v.uris).sort(), killed.cells.map(c => c.uri).sort(), 'every cell counted under its value');
		assert.strictEqual(killed.reference, killed.values[0].value);
		for (const c of killed.cells) { assert.strictEqual(c.standing === 'agrees', c.value === killed.reference, `${ws.nameOf(c.uri)}: ${c.value} stands ${c.standing} against ${killed.reference}`); }
		const days = result.articles.map(a => a.published ?? '9999');
		assert.deepStrictEqual(days, [...days].sort(), 'sources oldest first');
		assert.ok(result.articles.length >= 3 && result.articles.some(a => a.uri === ws.uriOf(S0) && a.published === '2024-02-07'), `articles with publication dates: ${JSON.stringify(result.articles)}`);
	});

	test('Should list every finding grouped by event and fact with corroborate/findings', async () => {
		// As the VS Code client sends it: `sendRequest(FindingsRequest.type, undefined)`.
		const groups = await client.connection.sendRequest(new RequestType<void, FindingsGroup[], void>('corroborate/findings'), undefined);
		const death = groups.flatMap(g => g.facts).find(f => f.label === 'Death toll');
		assert.ok(death, `a Death toll group among ${JSON.stringify(groups.map(g => g.facts.map(f => f.label)))}`);
		assert.ok(new Set(death.findings.map(f => f.uri)).size >= 3, 'death-toll findings in several articles');
		const published = [...client.diagnostics.values()].reduce((n, p) => n + p.diagnostics.length, 0);
		const listed = groups.flatMap(g => g.facts.flatMap(f => f.findings)).length;
		assert.strictEqual(listed, published, 'as many findings as published diagnostics');
	});

	test('Should accept corroborate/findings without params, as a generic LSP client sends it', async () => {
		const groups = await client.connection.sendRequest('corroborate/findings') as FindingsGroup[];
		assert.ok(Array.isArray(groups) && groups.length > 0, 'finding groups');
	});

	test('Should send corroborate/status with the article and finding counts', async () => {
		await client.waitFor(() => client.notifications.some(n => n.method === 'corroborate/status' && !(n.params as StatusParams).indexing), 'a status after indexing');
		const status = client.notifications.filter(n => n.method === 'corroborate/status').map(n => n.params as StatusParams).pop()!;
		assert.strictEqual(status.articles, 5);
		assert.strictEqual(status.indexing, false);
		assert.strictEqual(status.skipped, 0);
		assert.ok(status.contradictions > 0 && status.findings >= status.contradictions, JSON.stringify(status));
		// The counts are those of the diagnostics published, severity by severity: what a Problems panel lists.
		const published = [...client.diagnostics.values()].flatMap(p => p.diagnostics);
		const bySeverity = (n: number) => published.filter(d => (d.severity ?? 1) === n).length;
		assert.deepStrictEqual([status.errors, status.warnings, status.information, status.hints, status.findings], [bySeverity(1), bySeverity(2), bySeverity(3), bySeverity(4), published.length], JSON.stringify(status));
		assert.ok(status.hints > 0, 'the seeds have spelling hints, counted apart');
	});
});

suite('Language server features: review commands and .corroborate.json', () => {
	let client: LspClient;
	let ws: Workspace;
	let reviewed: Diagnostic;

	suiteSetup(async () => {
		ws = new Workspace();
		client = new LspClient();
		await client.initialize(ws.dir);
		await waitForInitialDiagnostics(client, ws);
	});
	suiteTeardown(async () => {
		await client.stop();
		ws.remove();
	});

	const diagnosticsOf = (name: string) => client.diagnostics.get(ws.uriOf(name))?.diagnostics ?? [];
	const changed = (uri: string) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });

	test('Should not write .corroborate.json for a command it does not offer (the code lens command corroborate.showComparison)', async () => {
		const lenses = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: ws.uriOf(S0) } }) as CodeLens[];
		const lens = lenses.find(l => l.command?.command === 'corroborate.showComparison');
		assert.ok(lens, 'a lens with the client-side comparison command');
		let error: unknown;
		try {
			// A generic client that does not know the command forwards it to the server.
			await client.connection.sendRequest('workspace/executeCommand', { command: lens.command!.command, arguments: lens.command!.arguments });
		} catch (e) {
			error = e;
		}
		const written = existsSync(path.join(ws.dir, CONFIG)) ? ws.readConfig() : null;
		if (written !== null) {
			// Undo it so that the tests below start from no workspace file.
			rmSync(path.join(ws.dir, CONFIG));
			await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.configUri, type: 3 }] });
		}
		assert.strictEqual(written, null, `an unknown command wrote ${CONFIG}: ${written}`);
		assert.ok(error, 'an unknown command is answered with an error');
	});

	test('Should refuse a review command with missing arguments instead of writing an invalid entry', async () => {
		let error: unknown;
		try {
			await client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.markReviewed', arguments: [ws.uriOf(S0), 'claim.number-attributed'] });
		} catch (e) {
			error = e;
		}
		const written = existsSync(path.join(ws.dir, CONFIG)) ? ws.readConfig() : null;
		if (written !== null) {
			rmSync(path.join(ws.dir, CONFIG));
			await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.configUri, type: 3 }] });
		}
		assert.strictEqual(written, null, `markReviewed without a quote wrote ${CONFIG}: ${written}`);
		assert.ok(error, 'answered with an error');
	});

	test('Should record markReviewed in .corroborate.json and drop the diagnostic on the next publish', async () => {
		assert.ok(!existsSync(path.join(ws.dir, CONFIG)), 'no workspace file yet');
		reviewed = diagnosticsOf(S0).find(x => x.code === 'claim.number-attributed')!;
		assert.ok(reviewed, describe(diagnosticsOf(S0)));
		const quote = ws.textAt(S0, reviewed.range);
		const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: ws.uriOf(S0) }, range: reviewed.range, context: { diagnostics: [reviewed] } }) as CodeAction[];
		const command = actions.find(a => a.title === 'Mark this disagreement as reviewed')!.command!;
		await client.connection.sendRequest('workspace/executeCommand', { command: command.command, arguments: [...command.arguments!, 'AP and the militia counted differently'] });
		await client.waitFor(() => !diagnosticsOf(S0).some(x => x.code === 'claim.number-attributed' && sameRange(x.range, reviewed.range)), `the reviewed diagnostic to go from 000 (now ${describe(diagnosticsOf(S0))})`);
		assert.ok(diagnosticsOf(S0).some(x => x.code === 'claim.date-conflict'), 'the other finding of 000 stays');
		const onDisk = JSON.parse(ws.readConfig()) as { reviewed: { file: string; quote: string; code: string; note?: string }[] };
		assert.deepStrictEqual(onDisk.reviewed, [{ file: S0, quote, code: 'claim.number-attributed', note: 'AP and the militia counted differently' }]);
		assert.ok(ws.readConfig().includes(quote));
		assert.deepStrictEqual(readdirSync(ws.dir).filter(f => f.endsWith('.tmp')), [], 'no temporary file left beside it');
	});

	test('Should record ignoreFact and ignoreCode, keeping earlier entries, and drop the matching diagnostics', async () => {
		const count = diagnosticsOf(S1).find(x => x.code === 'claim.count-window');
		assert.ok(count, `a count-window finding on 001: ${describe(diagnosticsOf(S1))}`);
		const quote = ws.textAt(S1, count.range);
		await client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.ignoreFact', arguments: [ws.uriOf(S1), 'claim.count-window', quote] });
		await client.waitFor(() => !diagnosticsOf(S1).some(x => x.code === 'claim.count-window'), `count-window to go from 001 (now ${describe(diagnosticsOf(S1))})`);
		assert.ok(diagnosticsOf(S2).some(x => x.code === 'claim.count-window'), 'ignoring a fact in 001 keeps it in 002');

		await client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.ignoreCode', arguments: [ws.uriOf(S2), 'claim.date-conflict'] });
		await client.waitFor(() => ![S0, S1, S2].some(n => diagnosticsOf(n).some(x => x.code === 'claim.date-conflict')), 'claim.date-conflict to go from every article');
		const onDisk = JSON.parse(ws.readConfig()) as { reviewed: unknown[]; ignore: { facts: { file: string; quote: string; code: string }[]; codes: string[] } };
		assert.strictEqual(onDisk.reviewed.length, 1, 'the earlier review is kept');
		assert.deepStrictEqual(onDisk.ignore.facts, [{ file: S1, quote, code: 'claim.count-window' }]);
		assert.deepStrictEqual(onDisk.ignore.codes, ['claim.date-conflict']);
		await client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.ignoreCode', arguments: [ws.uriOf(S2), 'claim.date-conflict'] });
		assert.deepStrictEqual((JSON.parse(ws.readConfig()) as typeof onDisk).ignore.codes, ['claim.date-conflict'], 'a code is recorded once');
	});

	test('Should keep both entries when two reviews are recorded at the same time', async () => {
		// One finding per fact per article: two findings of 002 are of two facts (its own two tolls, its count's start).
		const two = diagnosticsOf(S2).filter(x => x.code === 'claim.internal' || x.code === 'claim.count-window');
		assert.strictEqual(two.length, 2, `two claim findings on 002: ${describe(diagnosticsOf(S2))}`);
		const quotes = two.map(d => ws.textAt(S2, d.range));
		const results = await Promise.allSettled(two.map((d, i) => client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.markReviewed', arguments: [ws.uriOf(S2), d.code, quotes[i]] })));
		const onDisk = JSON.parse(ws.readConfig()) as { reviewed: { file: string; quote: string }[] };
		const recorded = onDisk.reviewed.filter(r => r.file === S2).map(r => r.quote);
		const failures = results.flatMap(r => r.status === 'rejected' ? [String((r.reason as Error).message)] : []);
		assert.deepStrictEqual(failures, [], `both commands succeed (recorded for 002: ${JSON.stringify(recorded)})`);
		assert.deepStrictEqual(recorded.sort(), [...quotes].sort(), `both concurrent reviews are in ${CONFIG}: ${ws.readConfig()}`);
		assert.deepStrictEqual(readdirSync(ws.dir).filter(f => f.endsWith('.tmp')), [], 'no temporary file left beside it');
		await client.waitFor(() => !diagnosticsOf(S2).some(x => x.code === 'claim.internal' || x.code === 'claim.count-window'), `both findings to go from 002 (now ${describe(diagnosticsOf(S2))})`);
	});

	test('Should report a malformed .corroborate.json on the file itself (config.malformed) and fall back to defaults', async () => {
		ws.writeConfig('{\n  "reviewed": [\n    { "file": "000_4db70d2cf16ce39b.txt", "quote": \n');
		await changed(ws.configUri);
		await client.waitFor(() => codesOf(client.diagnostics.get(ws.configUri)?.diagnostics).includes('config.malformed'), `config.malformed on ${CONFIG} (now ${describe(client.diagnostics.get(ws.configUri)?.diagnostics)})`);
		const problem = client.diagnostics.get(ws.configUri)!.diagnostics.find(x => x.code === 'config.malformed')!;
		assert.strictEqual(problem.severity, 1, 'an error');
		assert.strictEqual(problem.source, 'corroborate');
		assert.match(String(problem.message), /Invalid JSON/);
		// Defaults elsewhere: the review and ignores no longer apply, and article diagnostics still arrive.
		await client.waitFor(() => diagnosticsOf(S0).some(x => x.code === 'claim.number-attributed' && sameRange(x.range, reviewed.range)) && diagnosticsOf(S0).some(x => x.code === 'claim.date-conflict'), `000's findings back with defaults (now ${describe(diagnosticsOf(S0))})`);
		assert.ok(diagnosticsOf(S1).some(x => x.code === 'claim.count-window'), '001 has its count-window finding again');
	});

	test('Should warn about a stale suppression (config.stale-suppression) whose quote is gone', async () => {
		const text = JSON.stringify({
			reviewed: [
				{ file: S0, quote: 'two commanders were killed', code: 'claim.number-attributed' },
				{ file: S0, quote: 'words that are in no article', code: 'claim.number-attributed' },
			],
			ignore: { facts: [{ file: 'gone.txt', quote: 'anything', code: 'claim.number-mismatch' }] },
		}, null, 2);
		ws.writeConfig(text);
		await changed(ws.configUri);
		await client.waitFor(() => codesOf(client.diagnostics.get(ws.configUri)?.diagnostics).filter(c => c === 'config.stale-suppression').length === 2, `two stale entries on ${CONFIG} (now ${describe(client.diagnostics.get(ws.configUri)?.diagnostics)})`);
		const ds = client.diagnostics.get(ws.configUri)!.diagnostics;
		assert.ok(!codesOf(ds).includes('config.malformed'), 'the malformed error is gone');
		for (const d of ds) { assert.strictEqual(d.severity, 2, 'a warning'); }
		const lines = text.split('\n');
		const covered = ds.map(d => lines.slice(d.range.start.line, d.range.end.line + 1).join('\n'));
		assert.ok(covered.some(c => c.includes('words that are in no article')), `a warning on the entry whose quote is gone: ${JSON.stringify(ds.map(d => d.message))}`);
		assert.ok(covered.some(c => c.includes('gone.txt')), 'a warning on the entry whose file is gone');
		assert.ok(!covered.some(c => c.includes('two commanders were killed')), 'no warning on the live entry');
		await client.waitFor(() => !diagnosticsOf(S0).some(x => x.code === 'claim.number-attributed' && sameRange(x.range, reviewed.range)), 'the live entry applies');
	});

	test('Should clear the workspace file\'s problems once it is valid again', async () => {
		ws.writeConfig('{}\n');
		await changed(ws.configUri);
		await client.waitFor(() => (client.diagnostics.get(ws.configUri)?.diagnostics.length ?? -1) === 0, `no problems on ${CONFIG} (now ${describe(client.diagnostics.get(ws.configUri)?.diagnostics)})`);
		await client.waitFor(() => diagnosticsOf(S0).some(x => x.code === 'claim.number-attributed'), 'the review is gone');
	});
});

suite('Language server features: .corroborate.json read at start', () => {
	let client: LspClient;
	let ws: Workspace;

	suiteSetup(() => {
		ws = new Workspace();
		ws.writeConfig(JSON.stringify({ ignore: { codes: ['claim.date-conflict'] }, severity: { 'claim.count-window': 'hint' } }));
		client = new LspClient();
	});
	suiteTeardown(async () => {
		await client.stop();
		ws.remove();
	});

	test('Should apply the workspace file found at start', async () => {
		await client.initialize(ws.dir);
		await waitForInitialDiagnostics(client, ws);
		const all = [...client.diagnostics.values()].flatMap(p => p.diagnostics);
		assert.ok(!codesOf(all).includes('claim.date-conflict'), `ignored code never published: ${describe(all)}`);
		const count = all.filter(d => d.code === 'claim.count-window');
		assert.ok(count.length > 0 && count.every(d => d.severity === 4), 'count-window lowered to hint');
		assert.ok(codesOf(all).includes('claim.number-attributed'), 'other findings stay');
		assert.deepStrictEqual(client.diagnostics.get(ws.configUri)?.diagnostics ?? [], [], 'a valid file has no problems');
	});
});

suite('Language server features: pull diagnostics and progress', () => {
	let client: LspClient;
	let ws: Workspace;
	const progress: { token: unknown; value: { kind: string; title?: string } }[] = [];
	const created: unknown[] = [];
	let refreshes = 0;
	const viewRefreshes = { codeLens: 0, inlayHint: 0 };
	let caps: Record<string, unknown>;

	suiteSetup(async () => {
		ws = new Workspace();
		client = new LspClient();
		client.connection.onRequest('window/workDoneProgress/create', (p: { token: unknown }) => { created.push(p.token); return null; });
		client.connection.onRequest('workspace/diagnostic/refresh', () => { refreshes++; return null; });
		client.connection.onRequest('workspace/codeLens/refresh', () => { viewRefreshes.codeLens++; return null; });
		client.connection.onRequest('workspace/inlayHint/refresh', () => { viewRefreshes.inlayHint++; return null; });
		client.connection.onUnhandledProgress(p => progress.push(p as (typeof progress)[number]));
		const result = await client.initialize(ws.dir, {
			textDocument: { publishDiagnostics: { relatedInformation: true }, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
			workspace: { configuration: true, diagnostics: { refreshSupport: true }, codeLens: { refreshSupport: true }, inlayHint: { refreshSupport: true } },
			window: { workDoneProgress: true },
		});
		caps = result.capabilities;
		await client.waitFor(() => client.notifications.some(n => n.method === 'corroborate/status' && (n.params as StatusParams).articles === 5 && !(n.params as StatusParams).indexing), 'indexing to finish');
	});
	suiteTeardown(async () => {
		await client.stop();
		ws.remove();
	});

	test('Should report indexing progress with window/workDoneProgress/create and $/progress begin … end', async () => {
		await client.waitFor(() => progress.some(p => p.value.kind === 'end'), '$/progress end');
		assert.strictEqual(created.length, 1, 'one progress token created');
		const mine = progress.filter(p => p.token === created[0]);
		assert.strictEqual(mine.length, progress.length, 'all progress uses the created token');
		assert.strictEqual(mine[0].value.kind, 'begin');
		assert.match(String(mine[0].value.title), /indexing/i);
		assert.strictEqual(mine[mine.length - 1].value.kind, 'end');
	});

	test('Should offer pull diagnostics, return items for an unopened seed and never push', async () => {
		assert.deepStrictEqual(caps.diagnosticProvider, { identifier: 'corroborate', interFileDependencies: true, workspaceDiagnostics: true });
		const report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: ws.uriOf(S1) } }) as DocumentDiagnosticReport;
		assert.strictEqual(report.kind, 'full');
		const items = (report as { items: Diagnostic[] }).items;
		assert.ok(items.some(d => d.code === 'claim.number-attributed'), `001 (never opened) has its death-toll finding: ${describe(items)}`);
		assert.ok(items.every(d => d.source === 'corroborate'));
		assert.ok(items.some(d => d.relatedInformation?.some(r => r.location.uri !== ws.uriOf(S1))), 'related information to other sources');
		const workspace = await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] }) as WorkspaceDiagnosticReport;
		const withItems = workspace.items.filter(r => r.kind === 'full' && r.items.length > 0).map(r => ws.nameOf(r.uri));
		assert.ok([S0, S1, S2].every(n => withItems.includes(n)), `workspace report has items for 000, 001, 002: ${withItems.join(', ')}`);
		assert.ok(refreshes >= 1, 'the server asks the client to pull after indexing');
		assert.strictEqual(client.diagnostics.size, 0, `no publishDiagnostics in pull mode, got ${[...client.diagnostics.keys()].join(', ')}`);
	});

	test('Should ask the client to fetch code lenses and inlay hints again once indexing ends and when another article changes', async () => {
		// An article opened while the folder is indexed got lenses that counted only what was indexed by then.
		await client.waitFor(() => viewRefreshes.codeLens >= 1 && viewRefreshes.inlayHint >= 1, 'workspace/codeLens/refresh and workspace/inlayHint/refresh after indexing');
		const before = { ...viewRefreshes };
		const uri = ws.uriOf(S1);
		await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(path.join(ws.dir, S1), 'utf8') } });
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: readFileSync(path.join(ws.dir, S1), 'utf8').replace(/three members/, 'four members') }] });
		await client.waitFor(() => viewRefreshes.codeLens > before.codeLens && viewRefreshes.inlayHint > before.inlayHint, 'a refresh after another article changed');
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	});

	test('Should report a malformed .corroborate.json in pull mode (workspace report and document pull)', async () => {
		const before = refreshes;
		writeFileSync(path.join(ws.dir, CONFIG), '{ "ignore": { "codes": [ ', 'utf8');
		await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.configUri, type: 1 }] });
		await client.waitFor(() => refreshes > before, 'a refresh after the workspace file changed');
		const workspace = await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] }) as WorkspaceDiagnosticReport;
		const own = workspace.items.find(r => r.uri === ws.configUri);
		assert.ok(own && own.kind === 'full' && own.items.some(d => d.code === 'config.malformed'), `workspace report has config.malformed for ${CONFIG}: ${JSON.stringify(own)}`);
		await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: ws.configUri, languageId: 'json', version: 1, text: ws.readConfig() } });
		const opened = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: ws.configUri } }) as { items: Diagnostic[] };
		assert.ok(opened.items.some(d => d.code === 'config.malformed'), `textDocument/diagnostic on the open ${CONFIG}: ${describe(opened.items)}`);
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: ws.configUri } });
	});

	test('Should report a malformed .corroborate.json on a document pull even when the file is not open', async () => {
		writeFileSync(path.join(ws.dir, CONFIG), '{ "ignore": { "codes": [ ', 'utf8');
		await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.configUri, type: 2 }] });
		await new Promise(r => setTimeout(r, 200));
		const pulled = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: ws.configUri } }) as { items: Diagnostic[] };
		assert.ok(pulled.items.some(d => d.code === 'config.malformed'), `textDocument/diagnostic on the unopened ${CONFIG} (the workspace report has it): ${describe(pulled.items)}`);
	});
});

suite('Language server features: pull diagnostics for a client without refresh support', () => {
	let client: LspClient;
	let ws: Workspace;

	suiteSetup(() => {
		ws = new Workspace();
		client = new LspClient();
	});
	suiteTeardown(async () => {
		await client.stop();
		ws.remove();
	});

	test('Should keep running and answer pulls when the client does not declare workspace.diagnostics.refreshSupport', async () => {
		// LspClient answers workspace/diagnostic/refresh with "method not found", as a client without refresh support would.
		await client.initialize(ws.dir, { textDocument: { publishDiagnostics: { relatedInformation: true }, diagnostic: {} }, workspace: { configuration: true } });
		await client.waitFor(() => client.notifications.some(n => n.method === 'corroborate/status' && (n.params as StatusParams).articles === 5 && !(n.params as StatusParams).indexing), 'indexing to finish');
		await new Promise(r => setTimeout(r, 300));
		const report = await Promise.race([
			client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: ws.uriOf(S0) } }) as Promise<{ items: Diagnostic[] }>,
			new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer in 5 s')), 5000)),
		]);
		assert.ok(report.items.length > 0, 'diagnostics for 000');
	});
});

suite('Language server features: article names that need percent-encoding', () => {
	let client: LspClient;
	let ws: Workspace;
	const ODD = '001 AP+Reuters, wire & more.txt';

	suiteSetup(() => {
		ws = new Workspace();
		renameSync(path.join(ws.dir, S1), path.join(ws.dir, ODD));
		client = new LspClient();
	});
	suiteTeardown(async () => {
		await client.stop();
		ws.remove();
	});

	test('Should apply, and not call stale, a review of an article whose name has spaces, "+", "," and "&"', async () => {
		await client.initialize(ws.dir);
		await client.waitFor(() => (client.diagnostics.get(ws.uriOf(ODD))?.diagnostics ?? []).some(d => d.code === 'claim.number-attributed'), `diagnostics for ${ws.uriOf(ODD)}`);
		const d = client.diagnostics.get(ws.uriOf(ODD))!.diagnostics.find(x => x.code === 'claim.number-attributed')!;
		await client.connection.sendRequest('workspace/executeCommand', { command: 'corroborate.markReviewed', arguments: [ws.uriOf(ODD), d.code, ws.textAt(ODD, d.range)] });
		assert.strictEqual((JSON.parse(ws.readConfig()) as { reviewed: { file: string }[] }).reviewed[0].file, ODD, 'the entry names the file as it is on disk');
		await client.waitFor(() => !(client.diagnostics.get(ws.uriOf(ODD))?.diagnostics ?? []).some(x => x.code === 'claim.number-attributed'), 'the review to apply');
		await client.waitFor(() => client.diagnostics.has(ws.configUri), `diagnostics for ${CONFIG}`);
		await new Promise(r => setTimeout(r, 300));
		assert.deepStrictEqual(client.diagnostics.get(ws.configUri)!.diagnostics.map(x => `${x.code}: ${String(x.message)}`), [], 'the live entry is not stale');
	});
});
