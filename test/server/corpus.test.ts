import * as assert from 'node:assert';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, Diagnostic, Hover, Location, MarkupContent, Position, SemanticTokens } from 'vscode-languageserver';
import { LspClient, repoRoot } from './lspClient';
import type { StatusParams } from '../../server/src/protocol';

/**
 * The presentation on a busy folder: every article of the labelled news corpus
 * (`../shared/corpus/news`, about eight outlets per event) in one folder, as a
 * fact-checker would open it, spoken to over stdio. For every article: one
 * diagnostic per fact, at most 10 related locations each, short lenses that
 * count other articles only, fact hovers of at most 25 lines, and quick fixes
 * without duplicate titles. Without `../shared` beside the repository (or
 * `$CORROBORATE_SHARED`) it says it is skipped, in one line, and passes.
 */

const MAX_RELATED = 10;
const MAX_LENS_TITLE = 60;
const MAX_HOVER_LINES = 25;

/** The corpus folder, or why there is none. */
function corpusDir(): { dir: string } | { skip: string } {
	const shared = process.env.CORROBORATE_SHARED ?? path.join(repoRoot, '..', 'shared');
	const dir = path.join(shared, 'corpus', 'news');
	return existsSync(dir) ? { dir } : { skip: `no corpus at ${dir} (set CORROBORATE_SHARED to the shared folder)` };
}

/** Copies every article of every event folder into one folder, named `event__outlet.txt` as the corpus scorer names them. */
function copyCorpus(corpus: string): string {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'corroborate-corpus-lsp-'));
	for (const cluster of readdirSync(corpus).filter(c => statSync(path.join(corpus, c)).isDirectory()).sort()) {
		const short = cluster.replace(/-\d{4}-\d{2}-\d{2}$/, '');
		for (const file of readdirSync(path.join(corpus, cluster)).filter(f => f.endsWith('.txt'))) {
			copyFileSync(path.join(corpus, cluster, file), path.join(folder, `${short}__${file}`));
		}
	}
	return folder;
}

/**
 * The fact a diagnostic is about: its data's event, and the fact as its message titles it ("Death toll",
 * "Death toll · child", "Share of the vote · Erdogan": what is counted and whose value it is tell facts
 * apart, which the data's fact id alone does not), "given twice in this article" being the same fact.
 */
function factKey(d: Diagnostic): string {
	const data = d.data as { event?: number } | undefined;
	const message = messageOf(d);
	const title = message.slice(0, message.indexOf(':')).replace(/ given twice in this article$/, '');
	return `${data?.event ?? '?'}|${title}`;
}

const messageOf = (d: Diagnostic) => typeof d.message === 'string' ? d.message : d.message.value;

const nameOf = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

/** The start of every date, time and number the server highlights in an article (semantic token types enumMember and number). */
async function figurePositions(client: LspClient, uri: string, types: readonly string[]): Promise<Position[]> {
	const { data } = await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }) as SemanticTokens;
	const positions: Position[] = [];
	let line = 0;
	let character = 0;
	for (let i = 0; i + 4 < data.length; i += 5) {
		line += data[i];
		character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
		if (['enumMember', 'number'].includes(types[data[i + 3]])) { positions.push({ line, character }); }
	}
	return positions;
}

suite('Language server on the news corpus in one folder', function () {
	this.timeout(600_000);
	const found = corpusDir();
	let client: LspClient;
	let folder: string;
	let uris: string[] = [];
	let tokenTypes: string[] = [];

	suiteSetup(async function () {
		if ('skip' in found) { return; }
		folder = copyCorpus(found.dir);
		uris = readdirSync(folder).sort().map(f => pathToFileURL(path.join(folder, f)).href);
		client = new LspClient();
		const { capabilities } = await client.initialize(folder);
		tokenTypes = (capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend.tokenTypes;
		const status = () => client.notifications.filter(n => n.method === 'corroborate/status').map(n => n.params as StatusParams).at(-1);
		await client.waitFor(() => status()?.indexing === false && uris.every(u => client.diagnostics.has(u)), `diagnostics of all ${uris.length} articles`, 480_000);
	});

	suiteTeardown(async () => {
		await client?.stop();
		if (folder) { rmSync(folder, { recursive: true, force: true }); }
	});

	test('Should keep every article\'s problems, lenses, hovers and quick fixes readable', async function () {
		if ('skip' in found) {
			console.log(`    corpus LSP: skipped the presentation checks on the corpus: ${found.skip}`);
			return;
		}
		const figures = { articles: uris.length, diagnostics: 0, perFact: 0, related: 0, lenses: 0, lensTitle: '', hovers: 0, hoverLines: 0, hoverAt: '', grouped: 0, figureHovers: 0 };
		const problems: string[] = [];
		for (const uri of uris) {
			const name = nameOf(uri);
			const diagnostics = client.diagnostics.get(uri)!.diagnostics;
			figures.diagnostics += diagnostics.length;
			const perFact = new Map<string, number>();
			for (const d of diagnostics.filter(x => String(x.code).startsWith('claim.'))) {
				const key = factKey(d);
				perFact.set(key, (perFact.get(key) ?? 0) + 1);
				const related = d.relatedInformation?.length ?? 0;
				figures.related = Math.max(figures.related, related);
				if (related > MAX_RELATED) { problems.push(`${name}:${d.range.start.line + 1}: ${related} related locations`); }
			}
			for (const [key, n] of perFact) {
				figures.perFact = Math.max(figures.perFact, n);
				if (n > 1) { problems.push(`${name}: ${n} diagnostics for the fact ${key}: ${JSON.stringify(diagnostics.filter(d => factKey(d) === key).map(d => messageOf(d).slice(0, 80)))}`); }
			}
			const lenses = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }) as CodeLens[];
			figures.lenses += lenses.length;
			for (const lens of lenses) {
				const title = lens.command?.title ?? '';
				if (title.length > figures.lensTitle.length) { figures.lensTitle = title; }
				if (title.length > MAX_LENS_TITLE) { problems.push(`${name}:${lens.range.start.line + 1}: lens "${title}" is ${title.length} characters`); }
				const locations = (lens.command?.arguments?.[2] ?? []) as Location[];
				const others = new Set(locations.map(l => l.uri));
				if (others.has(uri)) { problems.push(`${name}:${lens.range.start.line + 1}: lens "${title}" counts a statement of the same article`); }
				// "3 agree · 1 contradicts": each other article once, by its worst verdict.
				const counted = [...title.matchAll(/(\d+) /g)].reduce((sum, m) => sum + Number(m[1]), 0);
				if (!title.endsWith('…') && counted !== others.size) { problems.push(`${name}:${lens.range.start.line + 1}: lens "${title}" counts ${counted} articles, its passages are in ${others.size}`); }
			}
			// Every date, time and number of the article gets a hover of at most 25 lines, whether or not it has a problem.
			for (const position of await figurePositions(client, uri, tokenTypes)) {
				const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }) as Hover | null;
				const lines = ((hover?.contents as MarkupContent | undefined)?.value ?? '').split('\n').length;
				figures.figureHovers++;
				if (lines > figures.hoverLines) { figures.hoverLines = lines; figures.hoverAt = `${name}:${position.line + 1}`; }
				if (lines > MAX_HOVER_LINES) { problems.push(`${name}:${position.line + 1}:${position.character + 1}: hover of ${lines} lines`); }
			}
			for (const d of diagnostics.filter(x => String(x.code).startsWith('claim.'))) {
				const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start }) as Hover | null;
				const text = (hover?.contents as MarkupContent | undefined)?.value ?? '';
				if (!text) { problems.push(`${name}:${d.range.start.line + 1}: no hover on the diagnostic's statement`); continue; }
				figures.hovers++;
				const lines = text.split('\n').length;
				if (lines > figures.hoverLines) { figures.hoverLines = lines; figures.hoverAt = `${name}:${d.range.start.line + 1}`; }
				if (lines > MAX_HOVER_LINES) { problems.push(`${name}:${d.range.start.line + 1}: hover of ${lines} lines`); }
				// A card that lists other sources groups them by value: one bullet per value, with its sources.
				if (/^\d+ other articles?: /m.test(text) && (text.match(/^- [✓≈↗✗] \*\*/gm) ?? []).length >= 2) { figures.grouped++; }
				const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
				const titles = actions.map(a => a.title);
				const twice = titles.filter((t, i) => titles.indexOf(t) !== i);
				if (twice.length) { problems.push(`${name}:${d.range.start.line + 1}: quick fixes offered twice: ${JSON.stringify(twice)}`); }
			}
		}
		console.log(`    corpus LSP: ${figures.articles} articles, ${figures.diagnostics} diagnostics; most per fact in one article ${figures.perFact}, most related ${figures.related}; ${figures.lenses} lenses, longest title ${figures.lensTitle.length} characters ("${figures.lensTitle}"); ${figures.hovers} fact hovers, longest ${figures.hoverLines} lines (${figures.hoverAt}), ${figures.grouped} grouping two values or more; ${figures.figureHovers} hovers on dates, times and numbers`);
		assert.ok(figures.diagnostics > 0 && figures.lenses > 0 && figures.hovers > 0 && figures.figureHovers > figures.hovers, `nothing to check: ${JSON.stringify(figures)}`);
		assert.ok(figures.grouped > 0, 'no hover groups the other articles\' statements by value');
		assert.deepStrictEqual(problems, []);
	});
});
