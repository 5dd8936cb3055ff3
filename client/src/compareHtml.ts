import { fileName } from '../../server/src/core/util/text';
import type { CompareCell, CompareResult, PassageLocation, Verdict } from '../../server/src/protocol';

/**
 * How a cell's standing reads: a mark and a word (never colour alone), and a
 * sentence for screen readers. Standings are against the row's most reported value.
 */
export const STANDINGS: Record<Verdict | 'only', { mark: string; word: string; spoken: string }> = {
	agrees: { mark: '✓', word: 'agrees', spoken: 'gives the most reported value' },
	compatible: { mark: '≈', word: 'compatible', spoken: 'compatible with the most reported value' },
	update: { mark: '↻', word: 'update', spoken: 'an earlier or later figure than the most reported value' },
	tension: { mark: '!', word: 'in tension', spoken: 'in tension with the most reported value' },
	contradicts: { mark: '✗', word: 'contradicts', spoken: 'contradicts the most reported value' },
	only: { mark: '–', word: 'only source', spoken: 'no other source states this fact' },
};

const CHANGE: Record<CompareResult['facts'][number]['change'], string> = { rises: 'a running total', varies: 'changes over time', fixed: '' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' })[c]!);
}

/** What the page needs from the webview: its CSP source, a nonce, and an index for each passage it links to. */
export interface RenderContext {
	readonly cspSource: string;
	readonly nonce: string;
	/** Records a passage and returns the index the page posts back when its link is followed. */
	readonly link: (location: PassageLocation) => number;
}

const standingOf = (cell: CompareCell) => STANDINGS[cell.standing ?? 'only'];

/** The comparison as one HTML page: the facts × sources table, then the timeline of each changing figure. */
export function renderCompare(result: CompareResult, context: RenderContext): string {
	const disputed = result.facts.filter(f => f.values.length > 1).length;
	const summary = `${result.articles.length} sources, oldest first · ${result.facts.length} fact${result.facts.length === 1 ? '' : 's'} · ${disputed} with more than one value`;
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${context.cspSource} 'nonce-${context.nonce}'; script-src 'nonce-${context.nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(result.label)}</title>
<style nonce="${context.nonce}">${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(result.label)}</h1>
<p class="summary">${escapeHtml(summary)}</p>
${legend()}
${table(result, context)}
${timelines(result, context)}
${datedStatements(result, context)}
</main>
<script nonce="${context.nonce}">${SCRIPT}</script>
</body>
</html>`;
}

function legend(): string {
	const items = (Object.keys(STANDINGS) as (keyof typeof STANDINGS)[]).map(k => `<li><span class="mark ${k}" aria-hidden="true">${STANDINGS[k].mark}</span> ${STANDINGS[k].word}</li>`);
	return `<div id="legend" class="legend"><p>Each cell is marked against its row's most reported value (shown first under Values). Arrow keys move between cells; Enter opens a passage.</p>
<ul>${items.join('')}<li><span class="absent">not reported</span></li></ul></div>`;
}

function table(result: CompareResult, context: RenderContext): string {
	const heads = result.articles.map(a => `<th scope="col"><span class="file">${escapeHtml(fileName(a.uri))}</span>${a.published ? `<span class="published">${escapeHtml(a.published)}</span>` : '<span class="published">undated</span>'}</th>`).join('');
	const rows = result.facts.map(fact => {
		const values = fact.values.map((v, i) => `<li${i === 0 ? ' class="reference"' : ''}>${escapeHtml(v.value)} <span class="count">× ${v.uris.length}</span></li>`).join('');
		const cells = result.articles.map(a => {
			const cell = fact.cells.find(c => c.uri === a.uri);
			return cell ? cellHtml(fact.label, cell, context) : `<td class="absent" tabindex="-1" aria-label="${escapeHtml(`${fileName(a.uri)}: ${fact.label} not reported`)}">not reported</td>`;
		}).join('');
		const change = CHANGE[fact.change] ? `<span class="change">${CHANGE[fact.change]}</span>` : '';
		return `<tr><th scope="row">${escapeHtml(fact.label)}${change}</th><td class="values" tabindex="-1"><ul>${values}</ul></td>${cells}</tr>`;
	}).join('\n');
	const empty = `<tr><td colspan="${result.articles.length + 2}">No compared facts.</td></tr>`;
	return `<div class="scroll"><table id="facts" aria-describedby="legend">
<caption>Facts of ${escapeHtml(result.label)} against ${result.articles.length} sources, oldest first</caption>
<thead><tr><th scope="col">Fact</th><th scope="col">Values</th>${heads}</tr></thead>
<tbody>
${rows || empty}
</tbody>
</table></div>`;
}

function cellHtml(fact: string, cell: CompareCell, context: RenderContext): string {
	const standing = standingOf(cell);
	const kind = cell.standing ?? 'only';
	const spoken = [`${fileName(cell.uri)}, ${fact}: ${cell.value}`, standing.spoken, cell.asOf ? `as of ${cell.asOf}` : null, cell.attribution ? `per ${cell.attribution}` : null].filter(Boolean).join(', ');
	const index = context.link(cell);
	const note = [standing.word, cell.asOf].filter(Boolean).join(' · ');
	return `<td class="cell ${kind}"><a href="#" data-loc="${index}" aria-label="${escapeHtml(`${spoken}. Opens the passage.`)}" title="${escapeHtml(`“${cell.quote}” (${fileName(cell.uri)}:${cell.range.start.line + 1})`)}"><span class="mark ${kind}" aria-hidden="true">${standing.mark}</span> <span class="value">${escapeHtml(cell.value)}</span></a><span class="note" aria-hidden="true">${escapeHtml(note)}</span>${cell.attribution ? `<span class="attribution" aria-hidden="true">per ${escapeHtml(cell.attribution)}</span>` : ''}</td>`;
}

/** For each figure that changes over time and was given as more than one value: who said what when, oldest first. */
function timelines(result: CompareResult, context: RenderContext): string {
	const changing = result.facts.filter(f => f.change !== 'fixed' && f.values.length > 1 && f.timeline.length > 1);
	if (!changing.length) { return ''; }
	const sections = changing.map(fact => {
		const items = fact.timeline.map(cell => {
			const standing = standingOf(cell);
			const index = context.link(cell);
			return `<li><time>${escapeHtml(cell.asOf ?? 'undated')}</time> <span class="mark ${cell.standing ?? 'only'}" aria-hidden="true">${standing.mark}</span> <strong>${escapeHtml(cell.value)}</strong> <span class="sr">${escapeHtml(standing.spoken)}</span> <a href="#" data-loc="${index}">${escapeHtml(fileName(cell.uri))}:${cell.range.start.line + 1}</a>${cell.attribution ? ` <span class="attribution">per ${escapeHtml(cell.attribution)}</span>` : ''} <q>${escapeHtml(cell.quote)}</q></li>`;
		}).join('\n');
		return `<section aria-label="${escapeHtml(`Timeline of ${fact.label}`)}"><h3>${escapeHtml(fact.label)} <span class="change">${CHANGE[fact.change]}</span></h3><ol class="timeline">\n${items}\n</ol></section>`;
	});
	return `<h2>How the changing figures moved</h2>\n${sections.join('\n')}`;
}

function datedStatements(result: CompareResult, context: RenderContext): string {
	const items = result.timeline.map(t =>
		`<li><time>${escapeHtml(t.date)}</time> <a href="#" data-loc="${context.link(t.cell)}">“${escapeHtml(t.cell.quote)}”</a> <span class="source">${escapeHtml(fileName(t.cell.uri))}:${t.cell.range.start.line + 1}</span></li>`).join('\n');
	return `<h2>Dates stated</h2>\n${items ? `<ol class="timeline">\n${items}\n</ol>` : '<p class="absent">No dated statements.</p>'}`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1em 1em; }
h1 { font-size: 1.3em; margin-bottom: 0.2em; }
h2 { font-size: 1.1em; margin-top: 1.5em; }
h3 { font-size: 1em; margin: 1em 0 0.3em; }
.summary, .published, .attribution, .source, .note, .count, .change { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
.legend p { margin: 0.3em 0; }
.legend ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; margin: 0.3em 0 1em; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.4em; }
th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { font-weight: 600; }
thead th span { display: block; }
tbody th { position: sticky; left: 0; background: var(--vscode-editor-background); min-width: 9em; }
th .change { display: block; font-weight: normal; }
td:focus, th:focus, a:focus { outline: 2px solid var(--vscode-focusBorder); outline-offset: -2px; }
.values ul { list-style: none; padding: 0; margin: 0; white-space: nowrap; }
.values .reference { font-weight: 600; }
.cell a { display: block; white-space: nowrap; }
.cell .note, .cell .attribution { display: block; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
.mark { display: inline-block; width: 1.2em; text-align: center; font-weight: 700; }
.mark.agrees { color: var(--vscode-testing-iconPassed, #3fb950); }
.mark.compatible, .mark.only { color: var(--vscode-descriptionForeground); }
.mark.update { color: var(--vscode-charts-blue, #4aa3ff); }
.mark.tension { color: var(--vscode-editorWarning-foreground, #d29922); }
.mark.contradicts { color: var(--vscode-errorForeground, #f85149); }
td.contradicts { border-left: 4px solid var(--vscode-errorForeground, #f85149); }
td.tension { border-left: 4px dotted var(--vscode-editorWarning-foreground, #d29922); }
td.update { border-left: 4px dashed var(--vscode-charts-blue, #4aa3ff); }
td.absent { color: var(--vscode-disabledForeground, #888); font-style: italic; background: repeating-linear-gradient(135deg, transparent 0 6px, #8881 6px 8px); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
ol.timeline { padding-left: 1.5em; }
ol.timeline li { margin: 0.2em 0; }
time { font-family: var(--vscode-editor-font-family); margin-right: 0.5em; }
q { color: var(--vscode-descriptionForeground); }
`;

/** Opens passages (only by the index the extension gave), and moves between the table's cells with the arrow keys. */
const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', event => {
	const link = event.target instanceof Element ? event.target.closest('a[data-loc]') : null;
	if (link) {
		event.preventDefault();
		vscode.postMessage({ type: 'open', index: Number(link.dataset.loc) });
	}
});
const table = document.getElementById('facts');
table?.addEventListener('keydown', event => {
	const cell = event.target instanceof Element ? event.target.closest('td, th') : null;
	if (!cell) { return; }
	const row = cell.parentElement;
	const rows = [...table.rows];
	let r = rows.indexOf(row), c = [...row.cells].indexOf(cell);
	if (event.key === 'ArrowRight') { c++; } else if (event.key === 'ArrowLeft') { c--; } else if (event.key === 'ArrowDown') { r++; } else if (event.key === 'ArrowUp') { r--; }
	else if (event.key === 'Home') { c = 0; } else if (event.key === 'End') { c = row.cells.length - 1; } else { return; }
	const target = rows[r]?.cells[c];
	if (!target) { return; }
	event.preventDefault();
	const focusable = target.querySelector('a') ?? target;
	if (focusable === target && !target.hasAttribute('tabindex')) { target.setAttribute('tabindex', '-1'); }
	focusable.focus();
});
`;
