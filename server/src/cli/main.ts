import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { availableParallelism } from 'node:os';
import { createCorroborateService, defaultLimits, ENGINE_VERSION, noCancellation, VOCABULARY_FINGERPRINT, WORKSPACE_FILE, type Finding, type Severity, type Span } from '../core';
import { ExtractionPool } from '../extractionPool';
import { toSarif } from './sarif';
import { findArticles, MarkerFolders } from '../files';

declare const __CORROBORATE_VERSION__: string | undefined;
const VERSION = typeof __CORROBORATE_VERSION__ === 'string' ? __CORROBORATE_VERSION__ : 'dev';

const USAGE = `usage: corroborate check [PATH...] [--format text|json|sarif] [--min-severity error|warning|information|hint] [--verbose]
       corroborate --version

Checks news articles for claims that contradict each other across sources.
A file named on the command line is always checked; a folder means every .txt
file in it that reads as a news article (licences, dependency lists, logs,
changelogs and code are left out; --verbose names each with the reason), or
every .txt file when the folder or one above it holds a .corroborate.json.
A folder's .corroborate.json (severities, aliases, reviewed and ignored
findings) applies to its articles. Findings below --min-severity (default
information, as VS Code's Problems panel, which leaves hints out) are not
printed. Exit status: 0 no error-level finding, 1 some, 2 bad usage or an
unreadable path.`;

interface Options { paths: string[]; format: 'text' | 'json' | 'sarif'; minSeverity: Severity; verbose: boolean }

const SEVERITY_ORDER: readonly Severity[] = ['hint', 'information', 'warning', 'error'];

function parseArgs(argv: string[]): Options | string {
	if (argv[0] !== 'check') { return argv.length && argv[0] !== '--help' && argv[0] !== '-h' ? `unknown command '${argv[0]}'` : ''; }
	const paths: string[] = [];
	let format: Options['format'] = 'text';
	let minSeverity: Severity = 'information';
	let verbose = false;
	for (let i = 1; i < argv.length; i++) {
		const a = argv[i];
		const option = (name: string) => a === name || a.startsWith(`${name}=`);
		const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
		if (a === '--verbose' || a === '-v') {
			verbose = true;
		} else if (option('--format')) {
			const v = value();
			if (v !== 'text' && v !== 'json' && v !== 'sarif') { return `--format must be text, json or sarif, not '${v ?? ''}'`; }
			format = v;
		} else if (option('--min-severity')) {
			const v = value() as Severity;
			if (!SEVERITY_ORDER.includes(v)) { return `--min-severity must be error, warning, information or hint, not '${v ?? ''}'`; }
			minSeverity = v;
		} else if (a.startsWith('-')) {
			return `unknown option '${a}'`;
		} else {
			paths.push(a);
		}
	}
	return { paths: paths.length ? paths : ['.'], format, minSeverity, verbose };
}


async function main(argv: string[]): Promise<number> {
	if (argv[0] === '--version') {
		process.stdout.write(`corroborate ${VERSION} (engine ${ENGINE_VERSION}, vocabulary ${VOCABULARY_FINGERPRINT})\n`);
		return 0;
	}
	const options = parseArgs(argv);
	if (typeof options === 'string') {
		if (options) { process.stderr.write(`corroborate: ${options}\n`); }
		process.stderr.write(`${USAGE}\n`);
		return options ? 2 : 0;
	}
	const service = createCorroborateService();
	const display = new Map<string, string>();
	const documents = new Map<string, TextDocument>();
	let unreadable = false;
	const configs = new Set<string>();
	const loadConfig = async (folder: string) => {
		const file = path.join(folder, WORKSPACE_FILE);
		if (configs.has(file)) { return; }
		configs.add(file);
		const text = await fs.readFile(file, 'utf8').catch(() => null);
		const uri = pathToFileURL(path.resolve(folder)).href;
		service.setWorkspaceConfig(uri, text);
		if (text !== null) {
			const configUri = `${uri}/${WORKSPACE_FILE}`;
			display.set(configUri, path.join(folder, WORKSPACE_FILE));
			documents.set(configUri, TextDocument.create(configUri, 'json', 1, text));
		}
	};
	const markers = new MarkerFolders();
	const notArticles: { path: string; reason: string }[] = [];
	const queued: Queued[] = [];
	for (const given of options.paths) {
		try {
			const stat = await fs.stat(given);
			const folder = stat.isDirectory() ? path.resolve(given) : null;
			await loadConfig(stat.isDirectory() ? given : '.');
			const files = stat.isDirectory() ? (await findArticles(given, undefined, (f, why) => process.stderr.write(`corroborate: skipped ${f}: ${why}\n`))).map(f => path.relative(process.cwd(), f) === path.relative(process.cwd(), path.resolve(f)) ? displayPath(given, f) : f) : [given];
			// A file named on the command line is checked whatever its shape; in a folder its shape decides,
			// unless a .corroborate.json in its folder or one above it (up to the one given) makes it an article.
			queued.push(...files.map(file => ({ file, judgeShape: !!folder && !markers.covers(folder, path.resolve(file)) })));
		} catch (e) {
			process.stderr.write(`corroborate: cannot read ${given}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}\n`);
			unreadable = true;
		}
	}
	// A pool without workers does the work here.
	const pool = new ExtractionPool(queued.length >= POOL_THRESHOLD ? workerCount() : 0);
	const loaded = await mapWindowed(queued, 16 * Math.max(1, pool.size), q => pool.load(q.file, q.judgeShape, defaultLimits));
	await pool.dispose();
	for (const [i, { file }] of queued.entries()) {
		const got = loaded[i];
		if ('skipped' in got) {
			process.stderr.write(`corroborate: skipped ${file}: ${got.skipped}\n`);
		} else if ('notArticle' in got) {
			notArticles.push({ path: file, reason: got.notArticle });
			if (options.verbose) { process.stderr.write(`corroborate: not an article: ${file}: ${got.notArticle}\n`); }
		} else {
			const uri = pathToFileURL(path.resolve(file)).href;
			display.set(uri, file);
			documents.set(uri, TextDocument.create(uri, 'plaintext', 1, got.text));
			service.setArticle(uri, got.text, got.extraction);
		}
	}
	const range = (uri: string, span: Span) => {
		const doc = documents.get(uri)!;
		return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
	};
	const shown = (f: Finding) => SEVERITY_ORDER.indexOf(f.severity) >= SEVERITY_ORDER.indexOf(options.minSeverity);
	const findings = [...documents.keys()].flatMap(uri => service.computeDiagnostics(uri, noCancellation)).filter(shown).sort((a, b) => (display.get(a.uri)! < display.get(b.uri)! ? -1 : display.get(a.uri)! > display.get(b.uri)! ? 1 : a.span.start - b.span.start));
	const out = new ChunkedOutput();
	if (options.format === 'sarif') {
		out.line(JSON.stringify(toSarif(findings, uri => display.get(uri)!, range), null, 1));
	} else if (options.format === 'json') {
		// One element per line, written as it is made: a report of thousands of articles never sits in memory as one string.
		const files = mapped(service.reportFiles(noCancellation), f => ({
			path: display.get(f.uri), published: f.published,
			reference: f.reference ? { date: f.reference.date, from: display.get(f.reference.from) } : null,
			mentions: f.mentions.map(m => ({ kind: m.kind, type: m.type, text: m.text, range: range(f.uri, m.span), ...(m.entity ? { entity: m.entity } : {}), ...(m.value !== undefined ? { value: m.value } : {}) })),
		}));
		out.jsonArray('{\n "files": ', files);
		out.jsonArray(',\n "diagnostics": ', mapped(findings, d => ({
			path: display.get(d.uri), range: range(d.uri, d.span), severity: d.severity, code: d.code, message: d.message,
			related: d.related.map(r => ({ path: display.get(r.uri), range: range(r.uri, r.span), message: r.message })),
		})));
		out.jsonArray(',\n "notArticles": ', notArticles);
		out.line('\n}');
	} else {
		printText(out, findings, display, range, { articles: service.articleUris().length, notArticles: notArticles.length, verbose: options.verbose });
	}
	out.end();
	if (unreadable) { return 2; }
	return findings.some(f => f.severity === 'error') ? 1 : 0;
}

/** `items` through `f`, one at a time as they are read. */
function* mapped<T, R>(items: Iterable<T>, f: (item: T) => R): Generator<R> {
	for (const item of items) { yield f(item); }
}

/** Below this many files the articles are extracted here: starting workers would cost more than it saves. */
const POOL_THRESHOLD = 64;

/** Worker threads for reading and extracting: one per core, or CORROBORATE_WORKERS (0: all on the main thread). */
function workerCount(): number {
	const given = Number.parseInt(process.env.CORROBORATE_WORKERS ?? '', 10);
	return Number.isFinite(given) && given >= 0 ? Math.min(given, 64) : availableParallelism();
}

/** A file to check, and whether its shape decides if it is an article. */
interface Queued { readonly file: string; readonly judgeShape: boolean }

/** Maps `items` through `f` with at most `width` calls in flight, keeping the order of the items. */
async function mapWindowed<T, R>(items: readonly T[], width: number, f: (item: T) => Promise<R>): Promise<R[]> {
	const out = new Array<R>(items.length);
	let next = 0;
	const lane = async () => {
		while (next < items.length) {
			const i = next++;
			out[i] = await f(items[i]);
		}
	};
	await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
	return out;
}

function displayPath(given: string, file: string): string {
	return path.join(given, path.relative(given, file));
}

/** How many files were checked and how many were left out as not articles, for the summary line. */
interface Counts { articles: number; notArticles: number; verbose: boolean }

/** Standard output in chunks of about a megabyte, so that a long report is never built as one string. */
class ChunkedOutput {
	#parts: string[] = [];
	#length = 0;

	/** Writes `text` and a line break. */
	line(text: string): void {
		this.#parts.push(text, '\n');
		this.#length += text.length + 1;
		if (this.#length > 1 << 20) { this.#flush(); }
	}

	/** Writes `prefix`, then `items` as a JSON array with one item per line, each made only when it is written. */
	jsonArray(prefix: string, items: Iterable<unknown>): void {
		let previous: string | undefined;
		for (const item of items) {
			if (previous === undefined) { this.#parts.push(`${prefix}[\n`); } else { this.line(`  ${previous},`); }
			previous = JSON.stringify(item);
		}
		if (previous === undefined) {
			this.#parts.push(`${prefix}[]`);
			return;
		}
		this.line(`  ${previous}`);
		this.#parts.push(' ]');
	}

	#flush(): void {
		if (this.#parts.length) { process.stdout.write(this.#parts.join('')); }
		this.#parts = [];
		this.#length = 0;
	}

	end(): void {
		this.#flush();
	}
}

function printText(out: ChunkedOutput, findings: Finding[], display: Map<string, string>, range: (uri: string, span: Span) => { start: { line: number; character: number } }, counts: Counts): void {
	for (const f of findings) {
		const at = range(f.uri, f.span).start;
		out.line(`${display.get(f.uri)}:${at.line + 1}:${at.character + 1}: ${f.severity} [${f.code}] ${f.message}`);
		for (const r of f.related) {
			const rAt = range(r.uri, r.span).start;
			out.line(`    ${display.get(r.uri)}:${rAt.line + 1}:${rAt.character + 1}: ${r.message}`);
		}
	}
	const count = (s: Severity) => findings.filter(f => f.severity === s).length;
	const { articles, notArticles } = counts;
	const others = notArticles ? `; ${notArticles} file${notArticles === 1 ? '' : 's'} not recognised as article${notArticles === 1 ? '' : 's'}${counts.verbose ? '' : ' (--verbose lists them)'}` : '';
	out.line(`${articles} article${articles === 1 ? '' : 's'} checked: ${count('error')} error(s), ${count('warning')} warning(s), ${count('information')} information, ${count('hint')} hint(s)${others}`);
}

// A reader that stops early (`corroborate check | head`) ends the run quietly, as other command-line tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code !== 'EPIPE') { throw e; }
	process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(code => { process.exitCode = code; }, e => {
	process.stderr.write(`corroborate: internal error: ${(e as Error).message}\n`);
	process.exitCode = 2;
});
