// End-to-end test of the packaged Corroborate extension in code-server, driven through Chromium.
// Started by test/e2e/run.sh, which provides:
//   E2E_URL             code-server base URL (http://127.0.0.1:PORT)
//   E2E_FOLDER          a temporary copy of seeds/ opened as the workspace, with a licence (LICENSE.txt) beside them
//   E2E_REPO            a folder of text files that are no articles (licence, requirements, changelog, log, code)
//   E2E_OUTPUT_DIR      where screenshots go (test-output/e2e)
//   E2E_CODE_SERVER_LOG code-server's stdout/stderr, tailed on failure
// Every wait is on a condition with a timeout; the only sleeps are short polling intervals.
// Checks: a. Quick Open, b. semantic colours, c. hover, d. Problems panel, e. code lens + inlay hint,
// f. the "Mark this disagreement as reviewed" quick fix writes .corroborate.json and clears the problem,
// g. the "Corroborate: Findings" tree lists findings, h. "Compare Sources" opens the comparison webview,
// e2. the status item counts the licence as skipped and "Show Files That Are Not Articles" lists it with its reason
// (before f, whose workspace file makes every file of the folder an article), k. the news corpus in one folder
// (E2E_CORPUS): a hover on a figure other articles state groups them by value, the status bar item's counts equal the
// Problems panel's, lenses stay short, the hover's Compare Sources link opens the table (screenshots corpus-*.png),
// j. in a folder without articles the language server is not started until an article is typed into a new file.
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const URL = required('E2E_URL');
const FOLDER = required('E2E_FOLDER');
const REPO = required('E2E_REPO');
// The news corpus copied into one folder (empty when ../shared is not beside the repository: those steps are skipped).
const CORPUS = process.env.E2E_CORPUS ?? '';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = process.env.E2E_OUTPUT_DIR ?? 'test-output/e2e';
const CS_LOG = process.env.E2E_CODE_SERVER_LOG;
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const HARD_TIMEOUT_MS = (CORPUS ? 11 : 6) * 60_000;

const TARGET = '000_4db70d2cf16ce39b.txt';
const OTHER_SEEDS = readdirSync(FOLDER).filter(f => /^\d{3}_[0-9a-f]+\.txt$/.test(f) && f !== TARGET);
// A file beside the seeds that does not read as an article (run.sh copies it in).
const NOT_ARTICLE = 'LICENSE.txt';
const EDITOR_LINES = '.part.editor .monaco-editor .view-lines';
const WORKSPACE_FILE = join(FOLDER, '.corroborate.json');
// The seed contradiction the quick fix marks as reviewed (a Problems row of 000 at 13:83, "Death toll …: here 2 …",
// not a related-information row).
const REVIEWED_QUOTE = 'two commanders were killed';
/** Whether the Problems rows still list that contradiction as a problem of TARGET (not as another file's related information). */
function listsReviewedProblem(rows) {
	let file;
	for (const row of rows) {
		const header = /^(\S+\.txt) \d+$/.exec(row);
		if (header) { file = header[1]; continue; }
		const isMarker = row.includes('corroborate') && /\[Ln \d+, Col \d+\]$/.test(row);
		if (file === TARGET && isMarker && /^Death toll\b/.test(row) && /\[Ln 13, Col 83\]$/.test(row)) { return true; }
	}
	return false;
}

mkdirSync(OUT, { recursive: true });

function required(name) {
	const v = process.env[name];
	if (!v) { console.error(`${name} is not set; run this through test/e2e/run.sh`); process.exit(2); }
	return v;
}
const t0 = Date.now();
function log(msg) { console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${msg}`); }
const sleep = ms => new Promise(r => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value; throws with the last observation after `timeoutMs`. */
async function poll(what, fn, { timeoutMs = 30_000, intervalMs = 250, onRetry } = {}) {
	const deadline = Date.now() + timeoutMs;
	let last, lastErr, n = 0;
	for (;;) {
		try { last = await fn(); lastErr = undefined; } catch (e) { lastErr = e; }
		if (last && !lastErr) { return last; }
		if (Date.now() > deadline) {
			const seen = lastErr ? `error: ${lastErr.message}` : `last observation: ${JSON.stringify(last)}`;
			throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what} (${seen})`);
		}
		n++;
		if (onRetry) { await onRetry(n); }
		await sleep(intervalMs);
	}
}

// ---- tiny runner: steps run in order; a step whose prerequisite failed is counted as failed ----
const results = [];
async function step(name, fn, { needs = [] } = {}) {
	const missing = needs.filter(n => !results.find(r => r.name === n && r.ok));
	if (missing.length) {
		results.push({ name, ok: false });
		console.log(`not ok - ${name} (not run: needs ${missing.join(', ')})`);
		return;
	}
	const start = Date.now();
	log(`--- ${name}`);
	try {
		await fn();
		results.push({ name, ok: true });
		console.log(`ok - ${name} (${((Date.now() - start) / 1000).toFixed(1)}s)`);
	} catch (e) {
		results.push({ name, ok: false });
		console.log(`not ok - ${name} (${((Date.now() - start) / 1000).toFixed(1)}s)\n    ${String(e?.stack ?? e).split('\n').join('\n    ')}`);
		if (page) {
			const file = join(OUT, `failure-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
			await page.screenshot({ path: file }).then(() => log(`failure screenshot: ${file}`), () => {});
		}
	}
}

// ---- in-page helpers (run inside the browser via page.evaluate) ----
/**
 * Finds `word` at or after the first occurrence of `context` in the rendered editor text, and returns the word's bounding box, the computed colour of the span rendering its first character,
 * and the colours of other words in that line. Works whether or not tokens split the word into spans.
 */
function locateInPage({ selector, context, word, others }) {
	const norm = s => s.replace(/\u00a0/g, ' ');
	// Visual lines in screen order; with word wrap one document line spans several of them, so the
	// search runs over their concatenation (a wrapped segment keeps its trailing space).
	const lines = [...document.querySelectorAll(`${selector} .view-line`)]
		.sort((a, b) => parseFloat(a.style.top || '0') - parseFloat(b.style.top || '0'));
	const nodes = [];
	let text = '';
	for (const line of lines) {
		const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push({ n, start: text.length }); text += norm(n.data); }
	}
	const at = text.indexOf(context);
	if (at < 0) { return { lineText: null, text: text.slice(0, 300) }; }
	const pointAt = (offset, preferNext) => {
		for (const { n, start } of nodes) {
			const end = start + n.data.length;
			if (offset >= start && (offset < end || (!preferNext && offset === end))) { return { node: n, off: offset - start }; }
		}
		return undefined;
	};
	const describe = (w, from) => {
		const i = text.indexOf(w, from);
		if (i < 0) { return undefined; }
		const a = pointAt(i, true), b = pointAt(i + w.length, false);
		if (!a || !b) { return undefined; }
		const range = document.createRange();
		range.setStart(a.node, a.off);
		range.setEnd(b.node, b.off);
		const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
		// The element rendering the word's first character (Monaco: one span per token, class mtkN).
		const el = a.node.parentElement;
		const style = getComputedStyle(el);
		return {
			word: w,
			color: style.color,
			fontStyle: style.fontStyle,
			fontWeight: style.fontWeight,
			className: el.className,
			spanText: norm(el.textContent ?? ''),
			rect: { x: r.x, y: r.y, width: r.width, height: r.height },
		};
	};
	return {
		lineText: text.slice(at, at + 200),
		target: describe(word, at),
		others: (others ?? []).map(o => describe(o, at)).filter(Boolean),
	};
}

/** Visible hovers: full text, and the provider content alone (without diagnostic/marker and status-bar rows). */
function hoverTextsInPage() {
	return [...document.querySelectorAll('.monaco-hover')]
		.filter(h => h.offsetParent !== null && !h.classList.contains('hidden') && h.innerText.trim())
		.map(h => {
			const clone = h.cloneNode(true);
			clone.querySelectorAll('.marker, .hover-row.status-bar').forEach(e => e.remove());
			return { full: h.innerText.trim(), content: (clone.textContent ?? '').replace(/\s+/g, ' ').trim() };
		});
}

function problemsInPage() {
	const panel = document.querySelector('.markers-panel');
	const visible = !!panel && panel.offsetParent !== null;
	const rows = panel ? [...panel.querySelectorAll('.monaco-list-row')].map(r => r.innerText.replace(/\s+/g, ' ').trim()) : [];
	// Status bar summary, e.g. "Errors: 1, Warnings: 2" or "No Problems" (logged for context).
	const status = document.getElementById('status.problems')?.getAttribute('aria-label') ?? '';
	const message = panel?.querySelector('.message-box-container')?.textContent?.trim() ?? '';
	return { visible, rows, status, message };
}

/** Code lenses over the editor and inlay hints inside its lines (Monaco renders hints as injected text). */
function lensesAndHintsInPage({ selector }) {
	const lenses = [...document.querySelectorAll('.part.editor .monaco-editor .codelens-decoration')]
		.map(e => e.textContent.replace(/\u00a0/g, ' ').trim()).filter(Boolean);
	const hints = [...document.querySelectorAll(`${selector} .view-line span`)]
		.filter(e => e.children.length === 0 && /^\s*→/.test(e.textContent.replace(/\u00a0/g, ' ')))
		.map(e => ({ text: e.textContent.replace(/\u00a0/g, ' ').trim(), className: e.className }));
	return { lenses, hints };
}

/** The language status item's accessible label ("Editor Language Status: Corroborate: …"). */
function languageStatusInPage() {
	return document.getElementById('status.languageStatus')?.getAttribute('aria-label') ?? '';
}

/** Process ids of running Corroborate language servers. */
function servers() {
	try { return execSync("pgrep -f '[s]erver/out/server.js'", { encoding: 'utf8' }).trim().split('\n').filter(Boolean); } catch { return []; }
}

/** Opens a file of the workspace with Quick Open (Ctrl+P) and waits for its tab. */
async function quickOpen(name) {
	await poll('Quick Open input', async () => {
		if (!(await page.locator('.quick-input-widget input').isVisible().catch(() => false))) {
			await page.keyboard.press('Control+P');
			await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
		}
		return page.locator('.quick-input-widget input').isVisible();
	}, { timeoutMs: 30_000, intervalMs: 500 });
	await page.keyboard.type(name);
	const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
	await row.waitFor({ state: 'visible', timeout: 30_000 });
	await page.keyboard.press('Enter');
	await page.locator('.part.editor .tab', { hasText: name }).first().waitFor({ state: 'visible', timeout: 30_000 });
}

/** Rows of the code action widget (Ctrl+.), as text. */
function codeActionsInPage() {
	return [...document.querySelectorAll('.action-widget .monaco-list-row')]
		.filter(r => r.offsetParent !== null).map(r => r.textContent.replace(/\s+/g, ' ').trim());
}

/** The counts of the Problems status bar entry ("Errors: 20, Warnings: 51, Infos: 5"; categories at 0 are left out). */
function problemCounts(label) {
	const n = word => Number(new RegExp(`${word}: (\\d+)`).exec(label)?.[1] ?? 0);
	return { errors: n('Errors'), warnings: n('Warnings'), information: n('Infos') };
}

/** Corroborate's status bar item: its text and accessible label. */
function corroborateBarInPage() {
	const el = [...document.querySelectorAll('.part.statusbar [aria-label]')].find(e => /^Corroborate: \d+ articles?/.test(e.getAttribute('aria-label') ?? ''));
	return el ? { label: el.getAttribute('aria-label'), text: el.textContent.replace(/\s+/g, ' ').trim() } : undefined;
}

/** The counts Corroborate's status bar item names ("… 20 errors, 51 warnings, 5 information in the Problems panel; 23 hints …"). */
function barCounts(label) {
	const m = /(\d+) errors?, (\d+) warnings?, (\d+) information in the Problems panel/.exec(label);
	const hints = Number(/(\d+) hints? \(/.exec(label)?.[1] ?? 0);
	return m ? { errors: Number(m[1]), warnings: Number(m[2]), information: Number(m[3]), hints } : undefined;
}

/** Opens the Problems panel (Ctrl+Shift+M toggles: press, give it 5 s, press again). */
async function openProblems() {
	for (let attempt = 1; !(await page.evaluate(problemsInPage)).visible; attempt++) {
		if (attempt > 3) { throw new Error('the Problems panel did not open after 3 presses of Ctrl+Shift+M'); }
		await page.keyboard.press('Control+Shift+M');
		await poll('the Problems panel to be visible', async () => (await page.evaluate(problemsInPage)).visible, { timeoutMs: 5_000 })
			.catch(() => log(`Problems panel not visible after press ${attempt}`));
	}
}

/**
 * Types a glob into the Problems panel's filter box (a glob keeps the files whose path it matches; plain text would
 * also keep every problem whose message names the file) and waits until only matching files head the rows; an
 * empty text clears the filter.
 */
async function filterProblems(text) {
	const input = page.locator('.part.panel .viewpane-filter input').first();
	await input.waitFor({ state: 'visible', timeout: 10_000 });
	await input.fill(text);
	await poll(`the Problems rows to be filtered by "${text}"`, async () => {
		const { rows } = await page.evaluate(problemsInPage);
		const files = rows.map(r => /^(\S+\.txt) \d+$/.exec(r)?.[1]).filter(Boolean);
		const name = text.replace(/^\*\*\//, '');
		return text ? files.length > 0 && files.every(f => f === name) : true;
	}, { timeoutMs: 10_000, intervalMs: 250 });
}

/**
 * The corpus finding to look at: the claim finding whose related passages are in the most other articles (the
 * busiest fact), read from `corroborate check` on the same folder, with the words around it to find it on screen.
 */
function busiestFinding() {
	const run = execSync(`"${process.execPath}" "${join(ROOT, 'server', 'out', 'cli.js')}" check "${CORPUS}" --format json || true`, { encoding: 'utf8', maxBuffer: 1 << 28 });
	const report = JSON.parse(run);
	const claims = report.diagnostics.filter(d => d.code.startsWith('claim.') && d.range.start.line > 0);
	const others = d => new Set(d.related.map(r => r.path)).size;
	const best = claims.sort((a, b) => others(b) - others(a) || a.range.start.line - b.range.start.line)[0];
	if (!best) { throw new Error('corroborate check found no claim finding in the corpus'); }
	const file = best.path.slice(best.path.lastIndexOf('/') + 1);
	const line = readFileSync(best.path, 'utf8').split(/\r\n|\r|\n/)[best.range.start.line];
	const at = best.range.start.character;
	const word = /^\S+/.exec(line.slice(at))[0].replace(/[,.;:]+$/, '');
	return { file, line: best.range.start.line, word, context: line.slice(at, at + 40).trimEnd(), related: others(best), message: best.message };
}

// ---- the test ----
let browser, page;
const consoleErrors = [];
const hard = setTimeout(() => {
	console.log(`not ok - whole test exceeded ${HARD_TIMEOUT_MS / 1000}s`);
	finish(true);
}, HARD_TIMEOUT_MS);
hard.unref?.();

async function finish(forceFail = false) {
	clearTimeout(hard);
	const passed = results.filter(r => r.ok).length;
	const failed = results.length - passed + (forceFail ? 1 : 0);
	if (failed > 0) {
		if (consoleErrors.length) {
			console.log(`--- browser console errors (${consoleErrors.length}, last 30):`);
			for (const e of consoleErrors.slice(-30)) { console.log(`    ${e.slice(0, 400)}`); }
		}
		if (CS_LOG && existsSync(CS_LOG)) {
			console.log('--- code-server log tail:');
			for (const l of readFileSync(CS_LOG, 'utf8').trimEnd().split('\n').slice(-40)) { console.log(`    ${l}`); }
		}
	}
	await browser?.close().catch(() => {});
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed > 0 ? 1 : 0);
}

try {
	await step('workbench loads', async () => {
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
				'--disable-component-update', '--disable-sync'],
		});
		const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
		page = await context.newPage();
		page.on('console', m => { if (m.type() === 'error') { consoleErrors.push(`console: ${m.text()}`); } });
		page.on('pageerror', e => consoleErrors.push(`pageerror: ${e.message}`));
		const url = `${URL}/?folder=${encodeURIComponent(FOLDER)}`;
		log(`open ${url}`);
		await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
		await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
		await page.waitForSelector('.part.editor', { timeout: 60_000 });
		log('workbench is up');
	});

	await step('a. Quick Open opens the seed article', async () => {
		await quickOpen(TARGET);
		await poll('the article text in the editor', () =>
			page.evaluate(sel => (document.querySelector(sel)?.textContent ?? '').replace(/\u00a0/g, ' ').includes('retaliatory strike'), EDITOR_LINES),
		{ timeoutMs: 30_000 });
		log(`editor shows ${TARGET}`);
	}, { needs: ['workbench loads'] });

	await step('b. semantic highlighting colours the actor "Pentagon"', async () => {
		const args = { selector: EDITOR_LINES, context: 'The Pentagon said the man', word: 'Pentagon', others: ['said', 'man', 'leader'] };
		const first = await page.evaluate(locateInPage, args);
		log(`first observation: Pentagon=${first.target?.color} (${first.target?.className}) said=${first.others?.[0]?.color}`);
		const found = await poll('"Pentagon" to be coloured differently from "said"', async () => {
			const r = await page.evaluate(locateInPage, args);
			return r.target && r.others[0] && r.target.color !== r.others[0].color ? r : undefined;
		}, { timeoutMs: 60_000, intervalMs: 300 });
		log(`line: ${JSON.stringify(found.lineText.slice(0, 80))}`);
		log(`"Pentagon": color ${found.target.color}, class "${found.target.className}", span "${found.target.spanText}"`);
		for (const o of found.others) { log(`"${o.word}": color ${o.color}, class "${o.className}"`); }
		if (first.target && first.others?.[0] && first.target.color === first.others[0].color) {
			log('colours were equal before the server answered, as expected for plain text');
		}
		if (found.target.spanText.trim() !== 'Pentagon') {
			log(`note: the token span holding "Pentagon" reads "${found.target.spanText}"`);
		}
	}, { needs: ['a. Quick Open opens the seed article'] });

	await step('c. hover on "two" quotes other sources', async () => {
		// Wait for the server's code lenses first: they insert lines and would move the word after we measure it.
		await poll('code lenses in the editor', async () => (await page.locator('.codelens-decoration').count()) > 0 || undefined, { timeoutMs: 30_000 })
			.catch(() => log('no code lens appeared within 30 s; measuring the word anyway'));
		const args = { selector: EDITOR_LINES, context: 'two commanders were killed', word: 'two', others: [] };
		const loc = await poll('"two commanders were killed" in the editor', async () => {
			const r = await page.evaluate(locateInPage, args);
			return r.target && r.target.rect.width > 0 ? r : undefined;
		}, { timeoutMs: 15_000 });
		const { rect } = loc.target;
		let x = rect.x + rect.width / 2, y = rect.y + rect.height / 2;
		log(`"two" at (${x.toFixed(0)}, ${y.toFixed(0)}), colour ${loc.target.color}, class "${loc.target.className}"`);
		await page.mouse.move(x, y - 40);
		await page.mouse.move(x, y, { steps: 5 });
		let lastTexts = [];
		const wanted = text => OTHER_SEEDS.find(name => text.includes(name) || text.includes(name.slice(0, 4)));
		const hover = await poll('a hover whose content names another seed file', async () => {
			lastTexts = await page.evaluate(hoverTextsInPage);
			return lastTexts.find(t => wanted(t.content));
		}, {
			timeoutMs: Number(process.env.E2E_HOVER_TIMEOUT_MS ?? 60_000), intervalMs: 250,
			// Hovers are requested when the mouse moves; if none shows (server still indexing), hover again.
			onRetry: async n => {
				if (n % 8 === 0) {
					log(`no matching hover yet (hovers seen: ${JSON.stringify(lastTexts).slice(0, 300)}); hovering again`);
					// Code lenses and inlay hints arrive with the server's answers and move the text: find the word again.
					const again = await page.evaluate(locateInPage, args);
					if (again.target && again.target.rect.width > 0) {
						x = again.target.rect.x + again.target.rect.width / 2;
						y = again.target.rect.y + again.target.rect.height / 2;
					}
					await page.mouse.move(x, y + 120);
					await page.mouse.move(x, y, { steps: 5 });
				}
			},
		}).catch(e => { throw new Error(`${e.message}\n    hover texts seen: ${JSON.stringify(lastTexts)}`); });
		log(`hover content names ${wanted(hover.content)}; full hover text:\n      ${hover.full.slice(0, 1500).split('\n').join('\n      ')}`);
		const shot = join(OUT, 'screenshot.png');
		await page.screenshot({ path: shot });
		log(`screenshot: ${shot}`);
	}, { needs: ['a. Quick Open opens the seed article'] });

	await step('d. Problems panel lists contradictions', async () => {
		await page.mouse.move(5, 500);
		await page.keyboard.press('Escape');
		// Ctrl+Shift+M toggles: press, then give the panel 5 s to appear before pressing again.
		for (let attempt = 1; !(await page.evaluate(problemsInPage)).visible; attempt++) {
			if (attempt > 3) { throw new Error('the Problems panel did not open after 3 presses of Ctrl+Shift+M'); }
			await page.keyboard.press('Control+Shift+M');
			await poll('the Problems panel to be visible', async () => (await page.evaluate(problemsInPage)).visible,
				{ timeoutMs: 5_000 }).catch(() => log(`Problems panel not visible after press ${attempt}`));
		}
		let p;
		await poll('at least one problem in the Problems panel', async () => {
			p = await page.evaluate(problemsInPage);
			return p.rows.length > 0;
		}, { timeoutMs: 60_000 }).catch(e => { throw new Error(`${e.message}\n    panel: ${JSON.stringify(p)}`); });
		log(`status bar: "${p.status}"; Problems panel shows ${p.rows.length} rows:`);
		for (const r of p.rows.slice(0, 12)) { log(`    ${r.slice(0, 200)}`); }
		const shot = join(OUT, 'problems.png');
		await page.screenshot({ path: shot });
		log(`screenshot: ${shot}`);
	}, { needs: ['a. Quick Open opens the seed article'] });

	await step('e. code lenses and inlay hints show what other sources say', async () => {
		let seen;
		const found = await poll('a code lens "N agree · M contradict …" and the inlay hint "→ 2024-02-07"', async () => {
			seen = await page.evaluate(lensesAndHintsInPage, { selector: EDITOR_LINES });
			const lens = seen.lenses.find(t => /^\d+ (agrees?|contradicts?|differs?|updates?)( · |$)/.test(t));
			const hint = seen.hints.find(h => h.text === '→ 2024-02-07');
			return lens && hint ? { lens, hint } : undefined;
		}, { timeoutMs: 60_000, intervalMs: 300 }).catch(e => { throw new Error(`${e.message}\n    seen: ${JSON.stringify(seen).slice(0, 800)}`); });
		log(`code lenses: ${JSON.stringify(seen.lenses.slice(0, 6))}`);
		log(`inlay hints: ${JSON.stringify(seen.hints.slice(0, 6).map(h => h.text))} (hint class "${found.hint.className}")`);
		const shot = join(OUT, 'lens.png');
		await page.screenshot({ path: shot });
		log(`screenshot: ${shot}`);
	}, { needs: ['a. Quick Open opens the seed article'] });

	await step('e2. the status item counts the licence as skipped, and "Show Files That Are Not Articles" lists it with its reason', async () => {
		let label = '';
		await poll('the language status to count the licence as skipped', async () => {
			label = await page.evaluate(languageStatusInPage);
			return /Corroborate: 5 articles \(1 other text file skipped\) · \d+ problems?/.test(label);
		}, { timeoutMs: 30_000 }).catch(e => { throw new Error(`${e.message}\n    label: "${label}"`); });
		log(`language status: "${label}"`);
		if (label.includes('$(')) { throw new Error(`icon syntax in the accessible label: "${label}"`); }
		await page.keyboard.press('Escape');
		await page.keyboard.press('F1');
		await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10_000 });
		await page.keyboard.type('Corroborate: Show Files That Are Not Articles');
		await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Show Files That Are Not Articles' }).first().waitFor({ state: 'visible', timeout: 10_000 });
		await page.keyboard.press('Enter');
		const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: NOT_ARTICLE }).first();
		await row.waitFor({ state: 'visible', timeout: 30_000 });
		const text = (await row.innerText()).replace(/\s+/g, ' ');
		const title = (await page.locator('.quick-input-widget').innerText()).split('\n')[0];
		log(`quick pick: "${title}"; row: "${text}"`);
		if (!/licence/.test(text)) { throw new Error(`the row of ${NOT_ARTICLE} gives no licence reason: "${text}"`); }
		if (OTHER_SEEDS.some(name => text.includes(name))) { throw new Error(`a seed is listed as not an article: "${text}"`); }
		const shot = join(OUT, 'non-articles.png');
		await page.screenshot({ path: shot });
		log(`screenshot: ${shot}`);
		await page.keyboard.press('Escape');
	}, { needs: ['a. Quick Open opens the seed article'] });

	await step('f. quick fix "Mark this disagreement as reviewed" records it and clears the problem', async () => {
		if (existsSync(WORKSPACE_FILE)) { throw new Error(`${WORKSPACE_FILE} exists before the quick fix`); }
		// The panel renders only the rows in view, and TARGET's problems (information) come after the files with
		// warnings: show the problems of TARGET only (the filter is cleared at the end of this step).
		await filterProblems(`**/${TARGET}`);
		let p = await page.evaluate(problemsInPage);
		if (!listsReviewedProblem(p.rows)) { throw new Error(`no Problems row for '${REVIEWED_QUOTE}' at Ln 13 before the quick fix: ${JSON.stringify(p.rows)}`); }
		const loc = await page.evaluate(locateInPage, { selector: EDITOR_LINES, context: REVIEWED_QUOTE, word: 'commanders', others: [] });
		if (!loc.target) { throw new Error(`"${REVIEWED_QUOTE}" is not rendered in the editor`); }
		const { rect } = loc.target;
		await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
		await page.mouse.move(5, 500);
		const title = 'Mark this disagreement as reviewed';
		let actions = [];
		await poll(`the code action "${title}"`, async () => {
			actions = await page.evaluate(codeActionsInPage);
			return actions.some(a => a.includes(title));
		}, {
			timeoutMs: 30_000, intervalMs: 250,
			onRetry: async n => { if (n === 1 || n % 12 === 0) { await page.keyboard.press('Control+.'); } },
		}).catch(e => { throw new Error(`${e.message}\n    actions seen: ${JSON.stringify(actions)}`); });
		log(`code actions: ${JSON.stringify(actions)}`);
		await page.locator('.action-widget .monaco-list-row', { hasText: title }).first().click();
		const input = page.locator('.quick-input-widget input');
		await input.waitFor({ state: 'visible', timeout: 10_000 });
		const prompt = await page.locator('.quick-input-widget').innerText();
		log(`note prompt: ${JSON.stringify(prompt.replace(/\s+/g, ' ').slice(0, 200))}`);
		await page.keyboard.press('Enter');
		const json = await poll(`${WORKSPACE_FILE} on disk`, async () => existsSync(WORKSPACE_FILE) && readFileSync(WORKSPACE_FILE, 'utf8'), { timeoutMs: 30_000 });
		log(`.corroborate.json:\n      ${json.trimEnd().split('\n').join('\n      ')}`);
		if (!json.includes(REVIEWED_QUOTE)) { throw new Error(`.corroborate.json does not quote '${REVIEWED_QUOTE}'`); }
		await poll(`the Problems row for '${REVIEWED_QUOTE}' to disappear`, async () => {
			p = await page.evaluate(problemsInPage);
			// The target's group must still be shown (other problems remain), so a re-rendering panel does not pass.
			return p.visible && p.rows.some(r => r.startsWith(`${TARGET} `)) && !listsReviewedProblem(p.rows);
		}, { timeoutMs: 30_000 }).catch(e => { throw new Error(`${e.message}\n    rows: ${JSON.stringify(p.rows)}`); });
		log(`status bar: "${p.status}"; Problems panel now shows ${p.rows.length} rows`);
		const shot = join(OUT, 'reviewed.png');
		await page.screenshot({ path: shot });
		log(`screenshot: ${shot}`);
		await filterProblems('');
	}, { needs: ['d. Problems panel lists contradictions'] });

	await step('g. the Findings view lists findings by event', async () => {
		const header = page.locator('.part.sidebar .pane-header', { hasText: 'Corroborate: Findings' }).first();
		await header.waitFor({ state: 'visible', timeout: 10_000 });
		if ((await header.getAttribute('aria-expanded')) !== 'true') { await header.click(); }
		let rows = [];
		await poll('event rows with findings in the Findings view', async () => {
			rows = await page.evaluate(() => {
				const pane = [...document.querySelectorAll('.part.sidebar .pane')].find(p => p.querySelector('.pane-header')?.textContent?.includes('Corroborate: Findings'));
				return pane ? [...pane.querySelectorAll('.monaco-list-row')].map(r => r.textContent.replace(/\s+/g, ' ').trim()) : [];
			});
			return rows.some(r => /\d+ findings?$/.test(r));
		}, { timeoutMs: 30_000 }).catch(e => { throw new Error(`${e.message}\n    rows: ${JSON.stringify(rows)}`); });
		log(`Findings view rows: ${JSON.stringify(rows.slice(0, 8))}`);
	}, { needs: ['a. Quick Open opens the seed article'] });

	await step('h. "Compare Sources" shows the facts × articles table', async () => {
		const loc = await page.evaluate(locateInPage, { selector: EDITOR_LINES, context: REVIEWED_QUOTE, word: 'commanders', others: [] });
		if (!loc.target) { throw new Error(`"${REVIEWED_QUOTE}" is not rendered in the editor`); }
		await page.mouse.click(loc.target.rect.x + 2, loc.target.rect.y + loc.target.rect.height / 2);
		await page.keyboard.press('F1');
		await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10_000 });
		await page.keyboard.type('Corroborate: Compare Sources');
		await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Compare Sources' }).first().waitFor({ state: 'visible', timeout: 10_000 });
		await page.keyboard.press('Enter');
		await page.locator('.part.editor .tab', { hasText: 'Compare:' }).first().waitFor({ state: 'visible', timeout: 30_000 });
		// The webview's content lives in a nested iframe: find the frame that renders the table.
		const table = await poll('the comparison table in the webview', async () => {
			for (const frame of page.frames()) {
				const t = await frame.evaluate(() => {
					const el = document.querySelector('table');
					return el ? { heads: [...el.querySelectorAll('thead th')].map(h => h.textContent.trim()), rows: el.querySelectorAll('tbody tr').length, text: document.body.innerText } : undefined;
				}).catch(() => undefined);
				if (t && t.rows > 0) { return t; }
			}
			return undefined;
		}, { timeoutMs: 30_000 });
		log(`table columns: ${JSON.stringify(table.heads)}; ${table.rows} fact rows`);
		log(`webview text:\n      ${table.text.slice(0, 700).split('\n').join('\n      ')}`);
		if (!table.heads.some(h => h.includes(TARGET))) { throw new Error(`no column for ${TARGET}`); }
		if (!/[✓≈✗]/.test(table.text)) { throw new Error('no verdict mark in the table'); }
		const shot = join(OUT, 'compare.png');
		await page.screenshot({ path: shot });
		log(`screenshot: ${shot}`);
		// A cell links back into its article: clicking one of another source opens that article.
		const other = OTHER_SEEDS.find(name => table.heads.some(h => h.includes(name)));
		const frame = await poll('the webview frame with the links', async () => {
			for (const f of page.frames()) { if (await f.locator('a[data-loc]').count().catch(() => 0)) { return f; } }
			return undefined;
		}, { timeoutMs: 10_000 });
		const column = table.heads.findIndex(h => h.includes(other));
		await frame.locator(`tbody tr td:nth-child(${column + 1}) a[data-loc]`).first().click();
		await page.locator('.part.editor .tab', { hasText: other }).first().waitFor({ state: 'visible', timeout: 15_000 });
		log(`clicking a cell of ${other} opened it in an editor`);
	}, { needs: ['a. Quick Open opens the seed article'] });
	await step('i. a crashed language server is restarted and the Problems panel holds no stale entries', async () => {
		const before = await page.evaluate(problemsInPage);
		const pids = servers();
		if (!pids.length) { throw new Error('no language server process found'); }
		log(`before the crash: "${before.status}", ${before.rows.length} rows; killing server pid(s) ${pids.join(', ')} with SIGKILL`);
		for (const pid of pids) { try { process.kill(Number(pid), 'SIGKILL'); } catch { /* already gone */ } }
		const restarted = await poll('a new language server process', async () => {
			const now = servers();
			return now.length && now.every(pid => !pids.includes(pid)) ? now : undefined;
		}, { timeoutMs: 60_000 });
		log(`restarted as pid(s) ${restarted.join(', ')}`);
		let after;
		await poll('the Problems panel to show what it showed before, without duplicates', async () => {
			after = await page.evaluate(problemsInPage);
			return after.status === before.status && after.rows.length === before.rows.length || undefined;
		}, { timeoutMs: 60_000 }).catch(e => { throw new Error(`${e.message}\n    before: ${JSON.stringify(before).slice(0, 400)}\n    after: ${JSON.stringify(after).slice(0, 400)}`); });
		log(`after the restart: "${after.status}", ${after.rows.length} rows`);
	}, { needs: ['d. Problems panel lists contradictions'] });

	// The busy-folder steps need ../shared; without it they are skipped, and say so in one line.
	const corpusStep = (name, fn) => step(name, fn, { needs: ['k1. the corpus folder opens'] });
	let busiest;
	if (!CORPUS) { console.log(`# corpus steps skipped: no corpus at ${process.env.E2E_CORPUS_FROM || '../shared/corpus/news'}`); }

	if (CORPUS) {
		await step('k1. the corpus folder opens', async () => {
			busiest = busiestFinding();
			log(`busiest finding: ${busiest.file}:${busiest.line + 1} "${busiest.context}" (${busiest.related} other articles): ${busiest.message.slice(0, 160)}`);
			const url = `${URL}/?folder=${encodeURIComponent(CORPUS)}`;
			log(`open ${url}`);
			await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
			await page.waitForSelector('.part.editor', { timeout: 60_000 });
			await quickOpen(busiest.file);
			// Go to the finding's line, so it is on screen.
			await page.keyboard.press('Control+G');
			await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10_000 });
			await page.keyboard.type(String(busiest.line + 1));
			await page.locator('.quick-input-widget .monaco-list-row', { hasText: `go to line ${busiest.line + 1}` }).first().waitFor({ state: 'visible', timeout: 10_000 });
			await page.keyboard.press('Enter');
			await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
			await poll('the finding\'s words in the editor', async () => (await page.evaluate(locateInPage, { selector: EDITOR_LINES, context: busiest.context, word: busiest.word, others: [] })).target, { timeoutMs: 30_000 });
		}, { needs: ['workbench loads'] });

		await corpusStep('k2. a hover on a figure other articles state lists them grouped by value', async () => {
			await poll('code lenses in the corpus article', async () => (await page.locator('.codelens-decoration').count()) > 0 || undefined, { timeoutMs: 120_000 });
			const args = { selector: EDITOR_LINES, context: busiest.context, word: busiest.word, others: [] };
			let lastTexts = [];
			const hover = await poll('a fact card listing other articles by value', async () => {
				const loc = await page.evaluate(locateInPage, args);
				if (!loc.target) { return undefined; }
				const { rect } = loc.target;
				await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2 + 60);
				await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
				await sleep(1200);
				lastTexts = await page.evaluate(hoverTextsInPage);
				return lastTexts.find(t => /\d+ other articles?:/.test(t.content));
			}, { timeoutMs: 90_000, intervalMs: 500 }).catch(e => { throw new Error(`${e.message}\n    hovers seen: ${JSON.stringify(lastTexts).slice(0, 1500)}`); });
			const card = hover.full.slice(hover.full.search(/\d+ other articles?:/));
			const groups = card.split('\n').filter(l => /^[✓≈↗✗] \S.* · (same day|earlier|later|undated)/.test(l.trim()));
			log(`fact card (${groups.length} value groups):\n      ${hover.full.slice(0, 2000).split('\n').join('\n      ')}`);
			if (groups.length < 2) { throw new Error(`the card lists ${groups.length} value group(s); expected the other articles grouped by value`); }
			const values = groups.map(l => /^[✓≈↗✗] (.+?) · /.exec(l.trim())[1]);
			if (new Set(values).size < 2) { throw new Error(`the groups do not give different values: ${JSON.stringify(values)}`); }
			if (!/Compare Sources/.test(hover.full)) { throw new Error('the card has no Compare Sources link'); }
			const shot = join(OUT, 'corpus-hover.png');
			await page.screenshot({ path: shot });
			log(`screenshot: ${shot}`);
		});

		await corpusStep('k3. the hover\'s Compare Sources link opens the table of the event against every source', async () => {
			const link = page.locator('.monaco-hover a', { hasText: 'Compare Sources' }).first();
			// Into the hover (it stays while the mouse is over it), down to the card's last line (the problem's
			// related passages come first in a hover, so a small hover scrolls), then click the link.
			const hover = link.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " monaco-hover ")][1]');
			const box = await hover.boundingBox({ timeout: 5_000 });
			if (!box) { throw new Error('the hover with the Compare Sources link is not on screen'); }
			await page.mouse.move(box.x + box.width / 2, box.y + 12, { steps: 8 });
			await link.scrollIntoViewIfNeeded({ timeout: 5_000 });
			await link.click();
			await page.locator('.part.editor .tab', { hasText: 'Compare:' }).first().waitFor({ state: 'visible', timeout: 30_000 });
			const table = await poll('the comparison table in the webview', async () => {
				for (const frame of page.frames()) {
					const t = await frame.evaluate(() => {
						const el = document.querySelector('table#facts');
						if (!el) { return undefined; }
						const cells = [...el.querySelectorAll('tbody td.cell, tbody td.absent')];
						return {
							caption: el.querySelector('caption')?.textContent ?? '',
							sources: el.querySelectorAll('thead th[scope="col"]').length - 2,
							rows: el.querySelectorAll('tbody th[scope="row"]').length,
							kinds: [...new Set(cells.map(c => c.className.replace('cell ', '')))],
							labelled: cells.every(c => (c.querySelector('a[aria-label]') ?? c).getAttribute('aria-label')),
							timelines: document.querySelectorAll('section[aria-label^="Timeline of"]').length,
						};
					}).catch(() => undefined);
					if (t && t.rows > 0) { return t; }
				}
				return undefined;
			}, { timeoutMs: 30_000 });
			log(`compare table: ${JSON.stringify(table)}`);
			if (table.sources < 3) { throw new Error(`only ${table.sources} source columns for the busiest event`); }
			if (!table.labelled) { throw new Error('a cell without an accessible label'); }
			if (!table.kinds.includes('absent') && table.rows > 1) { log('note: every source reports every fact of this event'); }
			// The mouse away from the article's words, so no hover covers the table in the screenshot.
			await page.mouse.move(5, 500);
			await sleep(800);
			const shot = join(OUT, 'corpus-compare.png');
			await page.screenshot({ path: shot });
			log(`screenshot: ${shot}`);
			// Back to the article for the next steps.
			await quickOpen(busiest.file);
		});

		await corpusStep('k4. the lenses over the corpus article are short and count sources', async () => {
			const { lenses } = await page.evaluate(lensesAndHintsInPage, { selector: EDITOR_LINES });
			log(`code lenses: ${JSON.stringify(lenses.slice(0, 10))}`);
			if (!lenses.length) { throw new Error('no code lens on the corpus article'); }
			const long = lenses.flatMap(t => t.split(' | ')).filter(t => t.length > 60);
			if (long.length) { throw new Error(`lens titles over 60 characters: ${JSON.stringify(long)}`); }
			const shot = join(OUT, 'corpus-lens.png');
			await page.screenshot({ path: shot });
			log(`screenshot: ${shot}`);
		});

		await corpusStep('k5. the status bar item\'s counts equal the Problems panel\'s', async () => {
			await page.mouse.move(5, 500);
			await page.keyboard.press('Escape');
			await openProblems();
			let bar, problems;
			await poll('the status bar item and the Problems panel to count the same problems', async () => {
				bar = await page.evaluate(corroborateBarInPage);
				problems = await page.evaluate(problemsInPage);
				const mine = bar && barCounts(bar.label);
				const theirs = problemCounts(problems.status);
				return mine && mine.errors + mine.warnings + mine.information > 0
					&& mine.errors === theirs.errors && mine.warnings === theirs.warnings && mine.information === theirs.information;
			}, { timeoutMs: 90_000, intervalMs: 500 }).catch(e => { throw new Error(`${e.message}\n    status bar item: ${JSON.stringify(bar)}\n    Problems: "${problems?.status}"`); });
			log(`status bar item: "${bar.text}" (${bar.label})`);
			log(`Problems status: "${problems.status}"; ${problems.rows.length} rows shown, the first:`);
			for (const r of problems.rows.slice(0, 8)) { log(`    ${r.slice(0, 200)}`); }
			if (/\$\(/.test(bar.label)) { throw new Error(`icon syntax in the accessible label: "${bar.label}"`); }
			const related = problems.rows.filter(r => !/\[Ln \d+, Col \d+\]$/.test(r) && !/^\S+\.txt \d+$/.test(r));
			log(`${related.length} related-information rows among them`);
			const shot = join(OUT, 'corpus-problems.png');
			await page.screenshot({ path: shot });
			log(`screenshot: ${shot}`);
		});
	}

	await step('j. a folder without articles starts no language server until an article is typed into a new file', async () => {
		const old = servers();
		const url = `${URL}/?folder=${encodeURIComponent(REPO)}`;
		log(`open ${url} (servers of the seeds window: ${old.join(', ') || 'none'})`);
		await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
		await page.waitForSelector('.part.editor', { timeout: 60_000 });
		await quickOpen('LICENSE.txt');
		let label = '';
		await poll('the language status to say there are no articles', async () => {
			label = await page.evaluate(languageStatusInPage);
			return label.includes('Corroborate: no articles');
		}, { timeoutMs: 30_000 }).catch(e => { throw new Error(`${e.message}\n    label: "${label}"`); });
		log(`language status: "${label}"`);
		// The extension has activated and decided; give a wrongly started server time to show up.
		await sleep(3000);
		const started = servers().filter(pid => !old.includes(pid));
		if (started.length) {
			const ps = pid => { try { return execSync(`ps -o pid=,ppid=,etime=,args= -p ${pid}`, { encoding: 'utf8' }).trim(); } catch { return `${pid} gone`; } };
			const parents = started.map(pid => ps(pid).split(/\s+/)[1]).filter(Boolean);
			throw new Error(`a language server was started for a folder without articles: pid(s) ${started.join(', ')}\n    ${[...started, ...parents].map(ps).join('\n    ')}`);
		}
		const article = readFileSync(join(FOLDER, '002_5f7ad8ba94867228.txt'), 'utf8');
		await page.keyboard.press('Control+N');
		await page.locator('.part.editor .tab', { hasText: 'Untitled' }).first().waitFor({ state: 'visible', timeout: 15_000 });
		await page.keyboard.insertText(article);
		const fresh = await poll('a language server started for the typed article', async () => {
			const now = servers().filter(pid => !old.includes(pid));
			return now.length ? now : undefined;
		}, { timeoutMs: 60_000 });
		await poll('the language status to count the typed article', async () => {
			label = await page.evaluate(languageStatusInPage);
			return /Corroborate: 1 article \(\d+ other text files? skipped\)/.test(label);
		}, { timeoutMs: 60_000 }).catch(e => { throw new Error(`${e.message}\n    label: "${label}"`); });
		log(`started as pid(s) ${fresh.join(', ')}; language status: "${label}"`);
		const shot = join(OUT, 'no-articles.png');
		await page.screenshot({ path: shot });
		log(`screenshot: ${shot}`);
	}, { needs: ['workbench loads'] });
} catch (e) {
	console.log(`not ok - harness error: ${e?.stack ?? e}`);
	results.push({ name: 'harness', ok: false });
}
await finish();
