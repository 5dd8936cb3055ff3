// Development aid: prints every claim the engine finds in a folder of articles, with its fact, value, event cluster and
// status, so that extraction can be read beside the text. Not part of the product or the tests.
//   npx esbuild scripts/dump-claims.ts --bundle --platform=node --outfile=out/dump-claims.js && node out/dump-claims.js DIR [FILE-FILTER]
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../server/src/core/corpus/corpus';
import { articleStage } from '../server/src/core/events/eventFacts';

const [dir, filter] = process.argv.slice(2);
const corpus = new Corpus();
for (const f of readdirSync(dir).filter(f => f.endsWith('.txt')).sort()) {
	corpus.set(`file:///${f}`, readFileSync(path.join(dir, f), 'utf8'));
}
const view = corpus.view();
for (const uri of [...view.articles.keys()].sort()) {
	if (filter && !uri.includes(filter)) { continue; }
	console.log(`=== ${uri.slice(8)}`);
	for (const c of view.claimsOf(uri)) {
		const d = c.draft;
		const s = d.status;
		const flags = Object.entries(s).filter(([, v]) => v).map(([k]) => k).join(',');
		const value = c.mention.kind === 'number' ? `${c.mention.value.min}..${c.mention.value.max}${c.mention.unit ? ` ${c.mention.unit.symbol}` : ''}` : c.date?.iso ?? c.mention.text;
		const hedge = c.mention.kind === "number" ? c.mention.hedge : null;
		const counted = process.env.COUNTED && c.mention.kind === "number" ? ` cnt=${c.mention.counted}` : "";
		const words = c.article.text.slice(d.span.start, d.span.end).replace(/\s+/g, ' ');
		console.log(`  ${d.fact.padEnd(14)} ${String(d.head ?? '').padEnd(9)} ${value.padEnd(14)} ev=${c.cluster}${c.since ? ` since=${c.since.iso}` : ""}${c.scope ? ` ${c.scope}` : ''}${c.subject ? ` subj=${c.subject}` : ''} ${flags ? `[${flags}]` : ""}${hedge ? ` h=${hedge}` : ""} «${words}»${counted}${d.attribution ? ` — ${d.attribution.text}` : ''}`);
	}
}
for (const f of view.findings) { console.log(`F ${f.uri.slice(8)} ${f.severity} ${f.code}: ${f.message}`); }
if (process.env.EVENTS) {
	for (const uri of [...view.articles.keys()].sort()) {
		if (filter && !uri.includes(filter)) { continue; }
		const a = view.articles.get(uri)!;
		console.log(`events of ${uri.slice(8)}`);
		const merged = articleStage(a, view.references.get(uri)?.day ?? null, (u, m) => view.entityOf(u, m)).merged;
		const day = (d: number | null) => d === null ? '-' : new Date(d * 864e5).toISOString().slice(0, 10);
		merged.events.forEach(e => console.log(`  event ${e.index}: ${day(e.facts.first)}..${day(e.facts.last)} places=${[...e.facts.places].join(',')} countries=${[...e.facts.countries].join(',')} groups=${[...e.facts.groups].join(',')} persons=${[...e.facts.persons].join(',')} words=${[...e.facts.words].join(',')}${e.facts.prior ? ' prior' : ''}`));
		a.extraction.events.forEach((e, i) => console.log(`  draft ${i} ${e.word} kind=${e.kind} prior=${e.prior} s=${e.sentence} dates=${e.dates.map(d => a.extraction.mentions[d].text).join('|')} event=${merged?.eventOfDraft[i] ?? '?'}`));
	}
}
