import type { ActorMention, Span } from '../types';
import type { CorpusView } from '../corpus/view';
import { utcMinutes, type ResolvedClaim } from '../events/placedClaims';
import type { Verdict } from '../findings/judge';
import { dateExplanation } from '../findings/messages';
import { factLabel } from '../claims/facts';
import { fileName, lineAt, passage } from '../util/text';
import { formatClock, formatInterval, formatTimeMention } from '../findings/format';

/** A hover card: markdown, and the span it is about. */
export interface HoverCard {
	readonly markdown: string;
	readonly span: Span;
}

const MARK: Record<Verdict, string> = { agrees: '✓ agrees', compatible: '≈ compatible', update: '↗ update', tension: '≈ in tension', contradicts: '✗ contradicts' };

/** The card for the mention or claim at an offset: what other sources say of the same fact, or who an actor is. */
export function getHoverCard(view: CorpusView, uri: string, offset: number): HoverCard | null {
	const article = view.articles.get(uri);
	if (!article) { return null; }
	const mentionIndex = article.extraction.mentions.findIndex(m => m.span.start <= offset && offset < m.span.end);
	// An actor inside a claim's words ("two commanders of Kataib Hezbollah were killed") gets its own card.
	const onActor = mentionIndex >= 0 && article.extraction.mentions[mentionIndex].kind === 'actor';
	const claims = view.claimsOf(uri);
	const claim = claims.find(c => mentionIndex >= 0 && c.draft.mention === mentionIndex)
		?? (onActor ? undefined : claims.find(c => (c.draft.span.start <= offset && offset < c.draft.span.end) || (c.sinceMention && c.sinceMention.span.start <= offset && offset < c.sinceMention.span.end)));
	if (claim) { return { markdown: claimCard(view, claim), span: mentionIndex >= 0 ? article.extraction.mentions[mentionIndex].span : claim.draft.span }; }
	if (mentionIndex < 0) { return null; }
	const m = article.extraction.mentions[mentionIndex];
	if (m.kind === 'actor') { return { markdown: actorCard(view, uri, m), span: m.span }; }
	const value = m.kind === 'number' ? `${formatInterval(m.value)}${m.counted ? ` ${m.counted}` : ''}`
		: m.kind === 'date' ? view.dateOf(uri, mentionIndex)?.iso ?? 'unresolved (the article has no date)'
		: formatTimeMention(m);
	return { markdown: `**${m.kind}** \`${m.text}\` → ${value}\n\nNo other article states this fact.`, span: m.span };
}

function valueOf(c: ResolvedClaim): string {
	if (c.mention.kind === 'number') { return formatInterval(c.mention.value); }
	if (c.mention.kind === 'date') { return dateExplanation(c); }
	if (c.mention.kind === 'time') {
		const utc = utcMinutes(c);
		const local = formatClock(c.mention.hour, c.mention.minute);
		return utc === null ? local : `${local} = ${formatClock(utc)} UTC`;
	}
	return c.mention.text;
}

function link(c: ResolvedClaim): string {
	const line = lineAt(c.article.text, c.draft.span.start);
	return `[${fileName(c.article.uri)}:${line + 1}](${c.article.uri}#L${line + 1})`;
}

function dated(c: ResolvedClaim): string {
	const published = c.article.extraction.published?.value;
	return published ? `published ${published}` : 'undated';
}

function claimCard(view: CorpusView, c: ResolvedClaim): string {
	const others = view.comparisons(c);
	const since = c.since ? ` since ${c.since.iso}` : '';
	const lines = [`**${factLabel(c.draft.fact)}${since}** — here: **${valueOf(c)}**${c.draft.attribution ? ` (${c.draft.attribution.text})` : ''}${c.draft.status.preliminary ? ' · preliminary' : ''}`, ''];
	if (!others.length) {
		lines.push('Only this article reports this.');
		return lines.join('\n');
	}
	const counts = new Map<Verdict, number>();
	for (const o of others) { counts.set(o.verdict, (counts.get(o.verdict) ?? 0) + 1); }
	lines.push(`${others.length} other statement${others.length > 1 ? 's' : ''}: ${[...counts].map(([v, n]) => `${n} ${MARK[v]}`).join(' · ')}`, '');
	// Contradictions first, then the rest; a long list is cut (the counts above cover everything).
	const order: Record<Verdict, number> = { contradicts: 0, tension: 1, update: 2, compatible: 3, agrees: 4 };
	const listed = others.length > 20 ? [...others].sort((x, y) => order[x.verdict] - order[y.verdict]).slice(0, 20) : others;
	for (const { claim: o, verdict } of listed) {
		const by = o.draft.attribution ? ` — ${o.draft.attribution.text}` : ' — the outlet';
		lines.push(`- ${MARK[verdict]} ${link(o)} (${dated(o)}): “${passage(o.article.text, o.draft.span.start, o.draft.span.end)}” → **${valueOf(o)}**${by}`);
	}
	if (listed.length < others.length) { lines.push(`- … and ${others.length - listed.length} more`); }
	return lines.join('\n');
}

/** Claims stated in a sentence that names the entity, the first `limit` of them (a hover stays fast for any actor). */
function claimsAbout(view: CorpusView, entityId: string, limit: number): ResolvedClaim[] {
	const out: ResolvedClaim[] = [];
	const seen = new Set<ResolvedClaim>();
	for (const { uri, mention } of view.occurrencesOf(entityId)) {
		for (const c of view.claimsOf(uri)) {
			const sentence = c.article.extraction.sentences[c.draft.sentence];
			if (!seen.has(c) && sentence.start <= mention.span.start && mention.span.end <= sentence.end) {
				seen.add(c);
				out.push(c);
				if (out.length >= limit) { return out; }
			}
		}
	}
	return out;
}

function quoteOf(c: ResolvedClaim): string {
	return `“${c.article.text.slice(c.draft.span.start, c.draft.span.end).replace(/\s+/g, ' ')}”`;
}

function actorCard(view: CorpusView, uri: string, m: ActorMention): string {
	const entity = view.entityOf(uri, m);
	if (!entity) { return `**${m.name}** (${m.type})`; }
	// Occurrences come in article order: spellings are listed for the first 20 articles, the rest only counted.
	const files = new Map<string, Set<string>>();
	let articles = 0;
	let previous = '';
	for (const { uri: file, mention } of view.occurrencesOf(entity.id)) {
		if (file !== previous) { articles++; previous = file; }
		if (files.size < 20 || files.has(file)) { files.set(file, (files.get(file) ?? new Set()).add(mention.text)); }
	}
	const lines = [`**${entity.canonical}** · ${entity.type} · in ${articles} article${articles === 1 ? '' : 's'}`, ''];
	for (const [file, spellings] of files) {
		lines.push(`- ${fileName(file)}: ${[...spellings].map(s => `“${s}”`).join(', ')}`);
	}
	if (articles > files.size) { lines.push(`- … and ${articles - files.size} more articles`); }
	const claims = claimsAbout(view, entity.id, 9);
	if (claims.length) {
		lines.push('', `In compared statements${claims.length > 8 ? ' (the first 8)' : ''}:`);
		for (const c of claims.slice(0, 8)) { lines.push(`- ${factLabel(c.draft.fact)}: ${quoteOf(c)} — ${link(c)}`); }
	}
	return lines.join('\n');
}
