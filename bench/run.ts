/**
 * Benchmark of the analysis core (issue 6): prints a table and writes
 * bench/results.json. Not a timed test.
 *
 *   npm run bench                       all sizes (10, 100, 1,000, 10,000)
 *   node bench/out/run.js 10 100 1000   only these sizes
 *   node bench/out/run.js --repeat 5    runs per size (medians are reported)
 *   node bench/out/run.js --profile     also CPU-profiles one run of the largest size (bench/out/profile/)
 *   node bench/out/run.js --profile-from bench/out/profile/X.cpuprofile   reports an earlier profile instead
 *   node bench/out/run.js --from-results  re-renders the last bench/results.json instead of measuring
 *
 * Each run of each size is a fresh child process (so indexing is cold and its
 * peak RSS is its own), killed if it exceeds the time budget. From 1,000
 * articles on, the generated articles are also written to a temporary folder
 * and `corroborate check` (server/out/cli.js) is timed on it end to end.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCorroborateService, extractArticle, noCancellation, type Finding, type ICorroborateService } from '../server/src/core/index';
import { generateCorpus, generateCorpusWithTruth, Random, type PlantedContradiction } from './generate';
import { loadRealText } from './realText';

const DEFAULT_SIZES = [10, 100, 1000, 10000];
/** From this size on, `corroborate check` is also run end to end on the articles written to a folder. */
const CLI_FROM = 1000;
const BUDGET_MS = 180_000;
const HOVERS = 1000;
const EDITS = 5;
/** Articles given to extractArticle alone (enough for a steady rate without repeating the whole corpus). */
const EXTRACTION_SAMPLE = 2000;
/** Articles given to both extractArticle and compromise for the peer comparison. */
const PEER_SAMPLE = 200;
const ONE_MB = 1_000_000;
const ROOT = path.resolve(__dirname, '..', '..');

interface Article {
	readonly name: string;
	readonly text: string;
	/** Articles reporting the same event (seeds: all of them). */
	readonly event: number;
}

interface Corpus {
	readonly articles: Article[];
	readonly contradictions: PlantedContradiction[];
	readonly events: number;
	readonly source: string;
}

/** What one run of one size measures. Times in ms, rates in words/s, memory in MB. */
interface RunResult {
	size: number;
	words: number;
	events: number;
	indexMs: number;
	indexWordsPerSec: number;
	setArticlesMs: number;
	comparisonMs: number;
	extractionWordsPerSec: number;
	extractionArticles: number;
	rssSampledMb: number;
	rssMaxMb?: number;
	hoverP50Ms: number;
	hoverP99Ms: number;
	hoverMentionP50Ms: number;
	hoverMentionP99Ms: number;
	semanticTokensChars: number;
	semanticTokensSetMs: number;
	semanticTokensFirstMs: number;
	semanticTokensWarmMs: number;
	semanticTokensCount: number;
	editToDiagnosticsMs: number;
	editArticles: number;
	editFreshFinding: number;
	findings: number;
	contradictions: number;
	planted: number;
	plantedFound: number;
	plantedKilled: number;
	plantedKilledFound: number;
	plantedDate: number;
	plantedDateFound: number;
	contradictionsOnCleanEvents: number;
	peerArticles: number;
	peerWords: number;
	oursPeerWordsPerSec: number;
	compromiseWordsPerSec: number;
	ratio: number;
	totalMs: number;
}

// ---------------------------------------------------------------- corpora

function countWords(text: string): number {
	let n = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0;
		if (!space && !inWord) { n++; }
		inWord = !space;
	}
	return n;
}

/** The five seed articles, then five combinations of two neighbours. */
function seedCorpus(): Corpus {
	const dir = path.join(ROOT, 'seeds');
	const seeds = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
	const articles: Article[] = seeds.map(s => ({ ...s, event: 0 }));
	for (let i = 0; articles.length < 10; i++) {
		const a = seeds[i % seeds.length];
		const b = seeds[(i + 1) % seeds.length];
		articles.push({ name: `combined_${i}_${a.name}`, text: `${a.text}\n${b.text}`, event: 0 });
	}
	return { articles, contradictions: [], events: 1, source: 'seeds/ (5 files + 5 pairwise combinations)' };
}

function corpusOf(size: number): Corpus {
	if (size === 10) { return seedCorpus(); }
	const real = loadRealText(ROOT);
	const c = generateCorpusWithTruth(size, 1, real.paragraphs);
	return { articles: c.articles, contradictions: c.contradictions, events: c.events, source: `bench/generate.ts, seed 1, with ${real.source}` };
}

const uriOf = (name: string) => `file:///bench/${name}`;

// ---------------------------------------------------------------- statistics

function median(values: readonly number[]): number {
	if (!values.length) { return NaN; }
	const s = [...values].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function percentile(values: readonly number[], p: number): number {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p / 100 * s.length) - 1))];
}

function rssMb(): number {
	return process.memoryUsage().rss / 1048576;
}

// ---------------------------------------------------------------- one run (child process)

const KILLED_CODES = new Set(['claim.number-mismatch', 'claim.number-attributed']);
const DATE_CODES = new Set(['claim.date-conflict']);

function isContradiction(f: Finding): boolean {
	return f.severity === 'error' || f.severity === 'warning';
}

/** Prints what is measured so far, so that a run killed for exceeding the budget still reports its finished phases. */
function progress(result: Partial<RunResult>, phase: string): void {
	process.stdout.write(`PARTIAL ${JSON.stringify({ ...result, phase })}\n`);
}

function measure(size: number): RunResult {
	const started = performance.now();
	const corpus = corpusOf(size);
	const articles = corpus.articles;
	const words = articles.reduce((n, a) => n + countWords(a.text), 0);
	let rssPeak = rssMb();
	const sample = () => { rssPeak = Math.max(rssPeak, rssMb()); };
	const r: Partial<RunResult> = { size, words, events: corpus.events };
	progress(r, 'generated');

	// Cold indexing: every setArticle, then the first getStatus(), which derives the cross-source view.
	const service = createCorroborateService();
	const t0 = performance.now();
	articles.forEach((a, i) => {
		service.setArticle(uriOf(a.name), a.text);
		if ((i & 255) === 255) { sample(); }
	});
	const t1 = performance.now();
	sample();
	Object.assign(r, { setArticlesMs: t1 - t0, rssSampledMb: rssPeak });
	progress(r, 'setArticle');
	const status = service.getStatus();
	const t2 = performance.now();
	sample();
	Object.assign(r, { indexMs: t2 - t0, indexWordsPerSec: words / ((t2 - t0) / 1000), comparisonMs: t2 - t1, findings: status.findings, contradictions: status.contradictions, rssSampledMb: rssPeak });
	progress(r, 'comparison');

	Object.assign(r, judgePlanted(service, corpus));
	Object.assign(r, measureHovers(service, articles));
	sample();
	progress(r, 'hover');
	Object.assign(r, measureEdits(service, articles));
	sample();
	progress(r, 'edit');

	// Extraction alone, on one core, after the corpus is indexed (so the JIT is warm, as in a long-running server).
	Object.assign(r, { extractionWordsPerSec: measureExtraction(articles.slice(0, EXTRACTION_SAMPLE).map(a => a.text)), extractionArticles: Math.min(articles.length, EXTRACTION_SAMPLE) });
	sample();
	progress(r, 'extraction');

	Object.assign(r, measureSemanticTokens(service));
	sample();
	Object.assign(r, { rssSampledMb: rssPeak, totalMs: performance.now() - started });
	return r as RunResult;
}

/** How many planted contradictions show up as a finding of the right code on the deviant article, against an article of the same event. */
function judgePlanted(service: ICorroborateService, corpus: Corpus) {
	const found = (p: PlantedContradiction) => {
		const codes = p.kind === 'killed' ? KILLED_CODES : DATE_CODES;
		const others = new Set(p.others.map(uriOf));
		return service.computeDiagnostics(uriOf(p.name), noCancellation).some(f => codes.has(f.code) && f.related.some(r => others.has(r.uri)));
	};
	const killed = corpus.contradictions.filter(p => p.kind === 'killed');
	const date = corpus.contradictions.filter(p => p.kind === 'date');
	const plantedEvents = new Set(corpus.contradictions.map(p => p.event));
	let clean = 0;
	if (corpus.contradictions.length) {
		for (const a of corpus.articles) {
			if (plantedEvents.has(a.event)) { continue; }
			clean += service.computeDiagnostics(uriOf(a.name), noCancellation).filter(isContradiction).length;
		}
	}
	const killedFound = killed.filter(found).length;
	const dateFound = date.filter(found).length;
	return {
		planted: corpus.contradictions.length, plantedFound: killedFound + dateFound,
		plantedKilled: killed.length, plantedKilledFound: killedFound, plantedDate: date.length, plantedDateFound: dateFound,
		contradictionsOnCleanEvents: clean,
	};
}

function measureHovers(service: ICorroborateService, articles: readonly Article[]) {
	const rng = new Random(42);
	const random: number[] = [];
	for (let i = 0; i < HOVERS; i++) {
		const a = rng.pick(articles);
		const offset = rng.int(0, a.text.length - 1);
		const t = performance.now();
		service.getHover(uriOf(a.name), offset, noCancellation);
		random.push(performance.now() - t);
	}
	// Positions on mentions: the hovers that build a card.
	const onMentions: number[] = [];
	const picked = Array.from({ length: 50 }, () => rng.pick(articles));
	for (const a of picked) {
		const mentions = extractArticle(a.text).mentions;
		if (!mentions.length) { continue; }
		for (let i = 0; i < HOVERS / picked.length; i++) {
			const m = rng.pick(mentions);
			const t = performance.now();
			service.getHover(uriOf(a.name), m.span.start, noCancellation);
			onMentions.push(performance.now() - t);
		}
	}
	return {
		hoverP50Ms: percentile(random, 50), hoverP99Ms: percentile(random, 99),
		hoverMentionP50Ms: percentile(onMentions, 50), hoverMentionP99Ms: percentile(onMentions, 99),
	};
}

/**
 * Edits the death toll of an article, then times setArticle and computeDiagnostics
 * on it and on every article of the same event: what the server does before it
 * can publish fresh diagnostics for them.
 */
function measureEdits(service: ICorroborateService, articles: readonly Article[]) {
	const rng = new Random(7);
	const times: number[] = [];
	let touched = 0;
	let fresh = 0;
	for (let attempt = 0; times.length < EDITS && attempt < EDITS * 20; attempt++) {
		const a = rng.pick(articles);
		const x = extractArticle(a.text);
		const claim = x.claims.find(c => c.fact === 'dead');
		if (!claim) { continue; }
		const m = x.mentions[claim.mention];
		const value = m.kind === 'number' ? (m.value.max ?? m.value.min ?? 10) : 10;
		const changed = `${a.text.slice(0, m.span.start)}${value * 3 + 17}${a.text.slice(m.span.end)}`;
		const siblings = articles.filter(o => o.event === a.event);
		const t = performance.now();
		service.setArticle(uriOf(a.name), changed);
		let findings: Finding[] = [];
		for (const o of siblings) {
			const f = service.computeDiagnostics(uriOf(o.name), noCancellation);
			if (o === a) { findings = f; }
		}
		times.push(performance.now() - t);
		touched += siblings.length;
		if (siblings.length > 1 && findings.some(f => KILLED_CODES.has(f.code))) { fresh++; }
		service.setArticle(uriOf(a.name), a.text);
		service.getStatus();
	}
	return { editToDiagnosticsMs: median(times), editArticles: times.length ? touched / times.length : 0, editFreshFinding: times.length ? fresh / times.length : 0 };
}

/** Median words/s of passes of extractArticle over `texts`, for at least a second and three passes. */
function measureExtraction(texts: readonly string[]): number {
	const words = texts.reduce((n, t) => n + countWords(t), 0);
	const rates: number[] = [];
	const started = performance.now();
	while (rates.length < 3 || (performance.now() - started < 1000 && rates.length < 50)) {
		const t = performance.now();
		for (const text of texts) { extractArticle(text); }
		rates.push(words / ((performance.now() - t) / 1000));
	}
	return median(rates);
}

/** A ~1 MB article made of generated articles (another seed), set into the corpus; then semantic tokens for it. */
function measureSemanticTokens(service: ICorroborateService) {
	const parts: string[] = [];
	let length = 0;
	for (const a of generateCorpus(Math.ceil(ONE_MB / 3500) + 50, 1001)) {
		if (length >= ONE_MB) { break; }
		parts.push(a.text);
		length += a.text.length + 1;
	}
	const text = parts.join('\n');
	const uri = uriOf('one-megabyte.txt');
	const options = { actors: true, dates: true, numbers: true };
	const t0 = performance.now();
	service.setArticle(uri, text);
	const t1 = performance.now();
	const tokens = service.getSemanticTokens(uri, options, noCancellation);
	const t2 = performance.now();
	const warm: number[] = [];
	for (let i = 0; i < 3; i++) {
		const t = performance.now();
		service.getSemanticTokens(uri, options, noCancellation);
		warm.push(performance.now() - t);
	}
	return { semanticTokensChars: text.length, semanticTokensSetMs: t1 - t0, semanticTokensFirstMs: t2 - t1, semanticTokensWarmMs: median(warm), semanticTokensCount: tokens.length };
}

/** The peer baseline: the same texts through extractArticle and through compromise's people/places/organizations. */
async function measurePeer(size: number) {
	const articles = corpusOf(size).articles.slice(0, PEER_SAMPLE);
	const texts = articles.map(a => a.text);
	const words = texts.reduce((n, t) => n + countWords(t), 0);
	const nlp = (await import('compromise')).default;
	const compromise = (text: string) => {
		const doc = nlp(text);
		return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
	};
	// Each pass starts from a collected heap, so neither pays for the other's garbage.
	const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
	const pass = (f: (text: string) => unknown) => {
		collect();
		const t = performance.now();
		for (const text of texts) { f(text); }
		return words / ((performance.now() - t) / 1000);
	};
	// One warm-up pass over a few articles each, then the median of three passes each, interleaved.
	for (const text of texts.slice(0, 5)) { extractArticle(text); compromise(text); }
	const ours: number[] = [];
	const theirs: number[] = [];
	for (let i = 0; i < 3; i++) {
		ours.push(pass(extractArticle));
		theirs.push(pass(compromise));
	}
	const o = median(ours);
	const c = median(theirs);
	return { peerArticles: texts.length, peerWords: words, oursPeerWordsPerSec: o, compromiseWordsPerSec: c, ratio: o / c };
}

// ---------------------------------------------------------------- parent

interface ChildOutcome {
	result?: Record<string, number>;
	/** What a run killed for exceeding the budget had measured, and its last finished phase. */
	partial?: Record<string, number>;
	phase?: string;
	rssMaxMb?: number;
	timedOut: boolean;
	error?: string;
	ms: number;
}

const TIME = '/usr/bin/time';
const hasGnuTime = (() => {
	try { fs.accessSync(TIME, fs.constants.X_OK); return true; } catch { return false; }
})();

/** What a timed process printed, how it ended, and its peak RSS (from GNU time, when there is one). */
interface Spawned { out: string; err: string; code: number | null; ms: number; rssMaxMb?: number; timedOut: boolean }

/** Runs `node ...node` in its own process group, killed after `budget` ms. */
function spawnTimed(node: string[], budget: number): Promise<Spawned> {
	const [cmd, argv] = hasGnuTime ? [TIME, ['-v', process.execPath, ...node]] : [process.execPath, node];
	const started = performance.now();
	return new Promise(resolve => {
		const child = spawn(cmd, argv, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT });
		let out = '';
		let err = '';
		child.stdout.on('data', d => { out += d; });
		child.stderr.on('data', d => { err += d; });
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
		}, budget);
		child.on('close', code => {
			clearTimeout(timer);
			const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
			resolve({ out, err, code, ms: performance.now() - started, rssMaxMb: rss ? Number(rss[1]) / 1024 : undefined, timedOut });
		});
	});
}

async function runChild(args: string[], nodeFlags: string[] = [], budget = BUDGET_MS): Promise<ChildOutcome> {
	const { out, err, code, ms, rssMaxMb, timedOut } = await spawnTimed([...nodeFlags, __filename, ...args], budget);
	const lines = out.split('\n');
	const line = lines.find(l => l.startsWith('RESULT '));
	const partial = lines.filter(l => l.startsWith('PARTIAL ')).pop();
	const outcome: ChildOutcome = { timedOut, ms, rssMaxMb };
	if (partial) {
		const { phase, ...values } = JSON.parse(partial.slice(8));
		outcome.partial = values;
		outcome.phase = phase;
	}
	if (line) { outcome.result = JSON.parse(line.slice(7)); } else if (!timedOut) { outcome.error = `exit ${code}: ${err.split('\n').filter(l => l && !/^\s+\S.*: /.test(l)).slice(-5).join(' | ')}`; }
	return outcome;
}

/** The bundled command-line tool, which `npm run bench` builds first. */
const CLI = path.join(ROOT, 'server', 'out', 'cli.js');

/**
 * `corroborate check` end to end on the generated articles written to a
 * folder: reading, recognising, extracting on worker threads, comparing and
 * printing the text report (to nowhere), as a user runs it.
 */
async function benchCli(size: number, repeat: number): Promise<Record<string, number>> {
	if (!fs.existsSync(CLI)) { return {}; }
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-bench-cli-'));
	try {
		corpusOf(size).articles.forEach(a => fs.writeFileSync(path.join(dir, a.name), a.text));
		const runs: { ms: number; rss: number }[] = [];
		for (let r = 0; r < repeat; r++) {
			process.stderr.write(`  ${size} articles: corroborate check, run ${r + 1}/${repeat}... `);
			const o = await spawnTimed([CLI, 'check', dir], BUDGET_MS);
			process.stderr.write(o.timedOut ? 'exceeded budget\n' : `${(o.ms / 1000).toFixed(1)} s\n`);
			if (o.timedOut) { return { cliMs: NaN, cliRssMb: NaN }; }
			runs.push({ ms: o.ms, rss: o.rssMaxMb ?? NaN });
		}
		return { cliMs: median(runs.map(r => r.ms)), cliRssMb: median(runs.map(r => r.rss)) };
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

const NEXT_PHASE: Record<string, string> = {
	generated: 'setArticle of all articles', setArticle: 'the cross-source comparison (1st getStatus)', comparison: 'hovers',
	hover: 'edits', edit: 'extraction alone', extraction: 'semantic tokens of the 1 MB article',
};

interface SizeSummary {
	size: number;
	runs: ChildOutcome[];
	median: Record<string, number>;
	exceeded: boolean;
	/** The phase a run was in when it exceeded the budget. */
	exceededDuring?: string;
	error?: string;
}

function medianOf(runs: readonly Record<string, number>[]): Record<string, number> {
	const keys = Object.keys(runs[0] ?? {});
	return Object.fromEntries(keys.map(k => [k, median(runs.map(r => r[k]).filter(v => typeof v === 'number' && !Number.isNaN(v)))]));
}

async function benchSize(size: number, repeat: number): Promise<SizeSummary> {
	const runs: ChildOutcome[] = [];
	for (let r = 0; r < repeat; r++) {
		process.stderr.write(`  ${size} articles: run ${r + 1}/${repeat}... `);
		const o = await runChild(['--child', String(size)]);
		runs.push(o);
		process.stderr.write(o.timedOut ? `exceeded ${BUDGET_MS / 1000} s budget\n` : o.error ? `failed (${o.error})\n` : `${(o.ms / 1000).toFixed(1)} s\n`);
		if (o.timedOut || o.error) { break; }
	}
	process.stderr.write(`  ${size} articles: peer baseline (compromise)... `);
	const peer = await runChild(['--peer', String(size)], ['--expose-gc']);
	process.stderr.write(peer.result ? `${(peer.ms / 1000).toFixed(1)} s\n` : peer.timedOut ? 'exceeded budget\n' : `failed (${peer.error})\n`);
	const ok = runs.filter(o => o.result).map(o => ({ ...o.result!, rssMaxMb: o.rssMaxMb ?? o.result!.rssSampledMb }));
	const late = runs.find(o => o.timedOut);
	// A run killed for exceeding the budget still reports the phases it finished.
	const median = ok.length ? medianOf(ok) : { ...late?.partial, rssMaxMb: late?.partial?.rssSampledMb ?? NaN };
	if (peer.result) { Object.assign(median, peer.result); }
	if (size >= CLI_FROM) { Object.assign(median, await benchCli(size, repeat)); }
	const during = late?.phase ? NEXT_PHASE[late.phase] ?? late.phase : undefined;
	return { size, runs: [...runs, peer], median, exceeded: !!late, exceededDuring: during, error: runs.find(o => o.error)?.error };
}

// ---------------------------------------------------------------- report

const fmt = {
	int: (v: number) => Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '—',
	ms: (v: number) => !Number.isFinite(v) ? '—' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 10 ? `${v.toFixed(0)} ms` : v >= 1 ? `${v.toFixed(1)} ms` : `${v.toFixed(3)} ms`,
	rate: (v: number) => Number.isFinite(v) ? `${Math.round(v).toLocaleString('en-US')} w/s` : '—',
	mb: (v: number) => Number.isFinite(v) ? `${v.toFixed(0)} MiB` : '—',
	x: (v: number) => Number.isFinite(v) ? `${v.toFixed(1)}×` : '—',
};

type Row = [label: string, keys: string[], cell: (m: Record<string, number>) => string];

const ROWS: Row[] = [
	['words (whitespace-separated)', ['words'], m => fmt.int(m.words)],
	['distinct events', ['events'], m => fmt.int(m.events)],
	['corroborate check, end to end (worker threads)', ['cliMs'], m => fmt.ms(m.cliMs)],
	['  its peak RSS', ['cliRssMb'], m => fmt.mb(m.cliRssMb)],
	['cold indexing in one thread (setArticle all + 1st getStatus)', ['indexMs'], m => fmt.ms(m.indexMs)],
	['  indexing rate', ['indexWordsPerSec'], m => fmt.rate(m.indexWordsPerSec)],
	['  of which setArticle (extraction)', ['setArticlesMs'], m => fmt.ms(m.setArticlesMs)],
	['  of which cross-source comparison (1st getStatus)', ['comparisonMs'], m => fmt.ms(m.comparisonMs)],
	['extraction alone, 1 core (extractArticle)', ['extractionWordsPerSec'], m => fmt.rate(m.extractionWordsPerSec)],
	['peak RSS (max RSS of the run)', ['rssMaxMb'], m => fmt.mb(m.rssMaxMb)],
	['hover p50 / p99 (1,000 random positions)', ['hoverP99Ms'], m => `${fmt.ms(m.hoverP50Ms)} / ${fmt.ms(m.hoverP99Ms)}`],
	['hover p50 / p99 (1,000 positions on mentions)', ['hoverMentionP99Ms'], m => `${fmt.ms(m.hoverMentionP50Ms)} / ${fmt.ms(m.hoverMentionP99Ms)}`],
	['1 MB article: setArticle', ['semanticTokensSetMs'], m => fmt.ms(m.semanticTokensSetMs)],
	['1 MB article: semantic tokens, first / warm', ['semanticTokensFirstMs'], m => `${fmt.ms(m.semanticTokensFirstMs)} / ${fmt.ms(m.semanticTokensWarmMs)}`],
	['edit death toll → fresh diagnostics (event)', ['editToDiagnosticsMs'], m => `${fmt.ms(m.editToDiagnosticsMs)} (${(m.editArticles ?? 0).toFixed(1)} art.)`],
	['findings / contradictions (getStatus)', ['findings'], m => `${fmt.int(m.findings)} / ${fmt.int(m.contradictions)}`],
	['planted contradictions found', ['plantedFound'], m => m.planted ? `${m.plantedFound}/${m.planted} (toll ${m.plantedKilledFound}/${m.plantedKilled}, date ${m.plantedDateFound}/${m.plantedDate})` : 'n/a (seeds)'],
	['contradictions on events with none planted', ['contradictionsOnCleanEvents'], m => m.planted ? fmt.int(m.contradictionsOnCleanEvents) : 'n/a'],
	['peer sample (articles / words)', ['peerArticles'], m => `${fmt.int(m.peerArticles)} / ${fmt.int(m.peerWords)}`],
	['  extractArticle on the peer sample', ['oursPeerWordsPerSec'], m => fmt.rate(m.oursPeerWordsPerSec)],
	['  compromise people/places/organizations', ['compromiseWordsPerSec'], m => fmt.rate(m.compromiseWordsPerSec)],
	['  ratio ours / compromise', ['ratio'], m => fmt.x(m.ratio)],
];

function table(summaries: readonly SizeSummary[]): string {
	const header = ['metric (median of runs)', ...summaries.map(s => `${s.size.toLocaleString('en-US')} articles`)];
	const missing = (s: SizeSummary, keys: string[]) => keys.some(k => typeof s.median[k] !== 'number' || Number.isNaN(s.median[k]));
	const rows = ROWS.map(([label, keys, cell]) => [label, ...summaries.map(s => s.exceeded && missing(s, keys) ? 'exceeds budget' : cell(s.median))]);
	rows.push(['runs ok (budget exceeded)', ...summaries.map(s => `${s.runs.filter(r => r.result).length - 1}${s.exceeded ? ' (1 exceeded)' : ''}`)]);
	const widths = header.map((_, i) => Math.max(...[header, ...rows].map(r => r[i].length)));
	const line = (r: string[]) => `| ${r.map((c, i) => i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join(' | ')} |`;
	return [line(header), `|${widths.map((w, i) => (i === 0 ? '-' : '-').repeat(w + 1) + (i === 0 ? '-' : ':')).join('|')}|`, ...rows.map(line)].join('\n');
}

interface Target {
	readonly target: string;
	readonly value: string;
	readonly met: boolean | null;
}

function targets(summaries: readonly SizeSummary[]): Target[] {
	const by = new Map(summaries.map(s => [s.size, s]));
	const big = by.get(10000);
	const m = big?.median;
	const largest = [...summaries].reverse().find(s => Number.isFinite(s.median.extractionWordsPerSec));
	const out: Target[] = [];
	const add = (target: string, value: number | undefined, show: (v: number) => string, ok: (v: number) => boolean) => {
		out.push(value === undefined || !Number.isFinite(value) ? { target, value: big?.exceeded ? 'exceeds budget' : 'not measured', met: big?.exceeded ? false : null } : { target, value: show(value), met: ok(value) });
	};
	add(`extraction ≥ 250,000 words/s on one core (${largest?.size ?? '?'} articles)`, largest?.median.extractionWordsPerSec, fmt.rate, v => v >= 250_000);
	const peer = [...summaries].reverse().find(s => Number.isFinite(s.median.ratio));
	add(`extraction ≥ 20× compromise (largest peer sample: ${fmt.int(peer?.median.peerWords ?? NaN)} words)`, peer?.median.ratio, fmt.x, v => v >= 20);
	add('corroborate check on 10,000 articles < 15 s (end to end)', m?.cliMs, fmt.ms, v => v < 15_000);
	// A gigabyte as 10^9 bytes (the figures are in MiB): the stricter reading of the target.
	add('corroborate check on 10,000 articles: peak RSS < 1 GB (10^9 bytes)', m?.cliRssMb, fmt.mb, v => v * 1_048_576 < 1e9);
	add('10,000 articles indexed in one process, one thread < 15 s (informative)', m?.indexMs, fmt.ms, v => v < 15_000);
	add('peak RSS of that process < 1 GB (informative)', m?.rssMaxMb, fmt.mb, v => v * 1_048_576 < 1e9);
	for (let i = 1; i < summaries.length; i++) {
		const a = summaries[i - 1];
		const b = summaries[i];
		if (b.size !== a.size * 10 || a.size < 100) { continue; }
		const ratio = b.median.comparisonMs / a.median.comparisonMs;
		out.push(Number.isFinite(ratio) ? { target: `comparison ${a.size}→${b.size} articles ≤ 12× time`, value: `${ratio.toFixed(1)}× (${fmt.ms(a.median.comparisonMs)} → ${fmt.ms(b.median.comparisonMs)})`, met: ratio <= 12 } : { target: `comparison ${a.size}→${b.size} ≤ 12×`, value: 'not measured', met: b.exceeded ? false : null });
	}
	add('hover p99 < 5 ms at 10,000 (random positions)', m?.hoverP99Ms, fmt.ms, v => v < 5);
	add('hover p99 < 5 ms at 10,000 (on mentions, informative)', m?.hoverMentionP99Ms, fmt.ms, v => v < 5);
	add('edit → fresh diagnostics < 100 ms at 10,000', m?.editToDiagnosticsMs, fmt.ms, v => v < 100);
	return out;
}

// ---------------------------------------------------------------- profile

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	hitCount?: number;
}

interface SelfTime {
	fn: string;
	location: string;
	selfMs: number;
	percent: number;
}

/** Top self-time functions of a .cpuprofile, mapped back to TypeScript through the bundle's source map. */
function topSelfTime(file: string, count: number, mapFile: string): { top: SelfTime[]; totalMs: number; gcMs: number; programMs: number; benchMs: number } {
	const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
	const byId = new Map(profile.nodes.map(n => [n.id, n]));
	const self = new Map<number, number>();
	profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
	let sourceMap: { findEntry(line: number, column: number): { originalSource?: string; originalLine?: number } } | undefined;
	try {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { SourceMap } = require('node:module') as typeof import('node:module');
		sourceMap = new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8')));
	} catch { /* no source map: bundle locations */ }
	const grouped = new Map<string, SelfTime>();
	let totalMs = 0;
	let gcMs = 0;
	let programMs = 0;
	let benchMs = 0;
	for (const [id, ms] of self) {
		const n = byId.get(id)!;
		const { functionName, url, lineNumber, columnNumber } = n.callFrame;
		if (functionName === '(idle)') { continue; }
		totalMs += ms;
		if (functionName === '(garbage collector)') { gcMs += ms; continue; }
		if (functionName === '(program)') { programMs += ms; continue; }
		let location = url ? `${path.basename(url)}:${lineNumber + 1}` : '(native)';
		if (sourceMap && url.endsWith('run.js')) {
			const e = sourceMap.findEntry(lineNumber, columnNumber);
			if (e.originalSource) { location = `${path.relative(ROOT, path.resolve(ROOT, 'bench', 'out', e.originalSource.replace(/^file:\/\//, '')))}:${(e.originalLine ?? 0) + 1}`; }
		}
		if (location.startsWith('bench/') || location.includes('node_modules/compromise')) { benchMs += ms; continue; }
		const key = `${functionName || '(anonymous)'} ${location}`;
		const entry = grouped.get(key) ?? { fn: functionName || '(anonymous)', location, selfMs: 0, percent: 0 };
		entry.selfMs += ms;
		grouped.set(key, entry);
	}
	const top = [...grouped.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, count);
	for (const t of top) { t.percent = t.selfMs / totalMs * 100; }
	return { top, totalMs, gcMs, programMs, benchMs };
}

async function profileRun(size: number) {
	const dir = path.join(ROOT, 'bench', 'out', 'profile');
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	process.stderr.write(`  profiling one run of ${size} articles (node --cpu-prof)... `);
	const o = await runChild(['--child', String(size)], ['--cpu-prof', '--cpu-prof-dir', dir], BUDGET_MS * 2);
	process.stderr.write(o.result ? `${(o.ms / 1000).toFixed(1)} s\n` : 'failed\n');
	const file = fs.readdirSync(dir).find(f => f.endsWith('.cpuprofile'));
	if (!file) { return undefined; }
	// Keep the bundle's source map with the profile, so that it can be read again after a rebuild (--profile-from).
	fs.copyFileSync(`${__filename}.map`, path.join(dir, 'run.js.map'));
	return readProfile(path.join(dir, file));
}

function readProfile(file: string) {
	const kept = path.join(path.dirname(file), 'run.js.map');
	return { file: path.relative(ROOT, file), ...topSelfTime(file, 10, fs.existsSync(kept) ? kept : `${__filename}.map`) };
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const child = args.indexOf('--child');
	if (child >= 0) {
		const result = measure(Number(args[child + 1]));
		process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
		return;
	}
	const peer = args.indexOf('--peer');
	if (peer >= 0) {
		process.stdout.write(`RESULT ${JSON.stringify(await measurePeer(Number(args[peer + 1])))}\n`);
		return;
	}
	const repeatAt = args.indexOf('--repeat');
	const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1]) : 3;
	const profile = args.includes('--profile');
	const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--repeat').map(Number);
	const selected = sizes.length ? sizes : DEFAULT_SIZES;

	const machine = { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, node: process.version, os: `${os.type()} ${os.release()} ${os.arch()}`, memoryGb: Math.round(os.totalmem() / 2 ** 30) };
	process.stderr.write(`Corroborate benchmark on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}; ${repeat} run(s) per size, budget ${BUDGET_MS / 1000} s per run\n`);
	const summaries: SizeSummary[] = [];
	if (args.includes('--from-results')) {
		// Re-renders the table and targets of the last bench/results.json (e.g. with another --profile-from).
		const last = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench', 'results.json'), 'utf8')) as { sizes: (Omit<SizeSummary, 'runs'> & { exceededBudget: boolean; runs: Record<string, unknown>[] })[] };
		for (const s of last.sizes) {
			const runs: ChildOutcome[] = s.runs.map(r => ({ result: r.timedOut || r.error ? undefined : r as unknown as Record<string, number>, timedOut: !!r.timedOut, ms: Number(r.wallMs) }));
			summaries.push({ size: s.size, median: s.median, runs, exceeded: s.exceededBudget, exceededDuring: s.exceededDuring, error: s.error });
		}
	} else {
		for (const size of selected) { summaries.push(await benchSize(size, repeat)); }
	}
	const from = args.indexOf('--profile-from');
	const profiled = from >= 0 ? readProfile(path.resolve(args[from + 1])) : profile ? await profileRun(Math.max(...selected)) : undefined;

	const met = targets(summaries);
	const lines = [
		`Corroborate benchmark — ${new Date().toISOString()}`,
		`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.os}`,
		`Medians of ${repeat} cold runs per size (each a fresh process). Extraction alone: first ${EXTRACTION_SAMPLE.toLocaleString('en-US')} articles at most. Peer baseline: first ${PEER_SAMPLE} articles at most (compromise is slow), median of 3 passes.`,
		'',
		table(summaries),
		'',
		...summaries.filter(s => s.exceeded).map(s => `${s.size.toLocaleString('en-US')} articles: a run exceeded the ${BUDGET_MS / 1000} s budget during ${s.exceededDuring ?? 'generation'} and was stopped; the figures shown for it come from the phases it finished.`),
		'',
		'Targets:',
		...met.map(t => `  [${t.met === null ? '?' : t.met ? 'met' : 'NOT met'}] ${t.target}: ${t.value}`),
	];
	if (profiled) {
		lines.push('', `CPU profile of one ${Math.max(...selected).toLocaleString('en-US')}-article run (${profiled.file}): top 10 self time in the core`);
		lines.push(`  total ${fmt.ms(profiled.totalMs)} (GC ${fmt.ms(profiled.gcMs)}, (program) ${fmt.ms(profiled.programMs)}, benchmark/generator/compromise ${fmt.ms(profiled.benchMs)} excluded)`);
		profiled.top.forEach((t, i) => lines.push(`  ${String(i + 1).padStart(2)}. ${fmt.ms(t.selfMs).padStart(9)} ${t.percent.toFixed(1).padStart(5)}%  ${t.fn}  ${t.location}`));
	}
	process.stdout.write(`${lines.join('\n')}\n`);

	const results = {
		date: new Date().toISOString(),
		machine,
		repeat,
		budgetMs: BUDGET_MS,
		notes: { extractionSample: EXTRACTION_SAMPLE, peerSample: PEER_SAMPLE, hovers: HOVERS, edits: EDITS, corpus10: 'seeds/ (5 files + 5 pairwise combinations)', generated: `bench/generate.ts, seed 1, with ${loadRealText(ROOT).source}` },
		sizes: summaries.map(s => ({ size: s.size, exceededBudget: s.exceeded, error: s.error, median: s.median, exceededDuring: s.exceededDuring, runs: s.runs.map(r => ({ ...r.result ?? r.partial, phase: r.phase, rssMaxMb: r.rssMaxMb, wallMs: r.ms, timedOut: r.timedOut, error: r.error })) })),
		targets: met,
		profile: profiled,
	};
	fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, '\t')}\n`);
	process.stderr.write('Wrote bench/results.json\n');
}

main().catch(e => {
	console.error(e);
	process.exit(1);
});
