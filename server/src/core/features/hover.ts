import type { ActorMention, Span } from '../types';
import type { CorpusView } from '../corpus/view';
import type { ResolvedClaim } from '../events/placedClaims';
import type { Verdict } from '../findings/judge';
import { factTitle, valueText } from '../findings/messages';
import { unmatchedReason, valueGroups } from './statements';
import { factLabel } from '../claims/facts';
import { fileName, lineAt } from '../util/text';
import { formatInterval, formatTimeMention } from '../findings/format';
import { push } from '../util/collections';
import { countStartingBefore } from '../util/intervals';
import { memoisedBy } from '../util/memo';

/** A hover card: markdown, and the span it is about. */
export interface HoverCard {
	readonly markdown: string;
	readonly span: Span;
}


/** The card for the mention or claim at an offset: what other sources say of the same fact, or who an actor is. */
export function getHoverCard(view: CorpusView, uri: string, offset: number): HoverCard | null {
	const article = view.articles.get(uri);
	if (!article) { return null; }
	const mentionIndex = article.extraction.mentions.findIndex(m => m.span.start <= offset && offset < m.span.end);
	// An actor inside a claim's words ("two commanders of the Dawn Brigades were killed") gets its own card.
	const onActor = mentionIndex >= 0 && article.extraction.mentions[mentionIndex].kind === 'actor';
	const claims = view.claimsOf(uri);
	const claim = claims.find(c => mentionIndex >= 0 && c.draft.mention === mentionIndex) ?? (onActor ? undefined : claimCovering(claims, offset));
	if (claim) { return { markdown: claimCard(view, claim), span: mentionIndex >= 0 ? article.extraction.mentions[mentionIndex].span : claim.draft.span }; }
	if (mentionIndex < 0) { return null; }
	const m = article.extraction.mentions[mentionIndex];
	if (m.kind === 'actor') { return { markdown: actorCard(view, uri, m), span: m.span }; }
	const value = m.kind === 'number' ? `${formatInterval(m.value)}${m.counted ? ` ${m.counted}` : ''}`
		: m.kind === 'date' ? view.dateOf(uri, mentionIndex)?.iso ?? 'unresolved (the article has no date)'
		: formatTimeMention(m);
	return { markdown: `**${m.kind}** \`${m.text}\` → ${value}\n\n${NOT_A_CLAIM[m.kind]}`, span: m.span };
}

const MARK: Record<Verdict, string> = { agrees: '✓', compatible: '≈', update: '↗', tension: '≈', contradicts: '✗' };
const WORD: Record<Verdict, [string, string]> = { agrees: ['agrees', 'agree'], compatible: ['is compatible', 'are compatible'], update: ['gives another time\'s figure', 'give another time\'s figure'], tension: ['is in tension', 'are in tension'], contradicts: ['contradicts', 'contradict'] };
/** Why a value is not compared: it is not the value of a fact Corroborate recognises. */
const NOT_A_CLAIM: Record<'number' | 'date' | 'time', string> = {
	number: 'Not compared: Corroborate found no fact this number states (no word such as "killed", "voted" or "seized" beside it that it knows).',
	date: 'Not compared: this date is not said of the reported event right beside its word ("the attack on …", "… occurred on …").',
	time: 'Not compared: this time is not said of the reported event right beside its word ("the blast at …").',
};
/** Value groups listed on a card at most; the rest are in Compare Sources. */
const MAX_GROUPS = 8;
/** Sources linked per value at most. */
const MAX_LINKS = 3;

function link(c: ResolvedClaim): string {
	const line = lineAt(c.article.text, c.draft.span.start);
	return `[${fileName(c.article.uri)}:${line + 1}](${c.article.uri}#L${line + 1})`;
}

/**
 * The card of a fact: the article's own statement first, then the other
 * articles' statements grouped by value, each with its verdict, its time
 * against this one and its sources; at most {@link MAX_GROUPS} values, the
 * rest counted with a link to Compare Sources. When nothing was matched it
 * says why (no event in common, or the fact not stated in words it matches).
 */
function claimCard(view: CorpusView, c: ResolvedClaim): string {
	const since = c.since ? ` since ${c.since.iso}` : '';
	const notes = [c.asOf !== null ? new Date(c.asOf * 86_400_000).toISOString().slice(0, 10) : null, c.draft.attribution?.text, c.draft.status.preliminary ? 'preliminary' : null].filter(Boolean);
	const lines = [`**${factTitle(c)}${since}** — here **${valueText(c)}** ${quoteOf(c)}${notes.length ? ` · ${notes.join(' · ')}` : ''}`, ''];
	const groups = valueGroups(view, c);
	if (!groups.length) {
		lines.push(unmatchedReason(view, c));
		return lines.join('\n');
	}
	const articles = new Set(groups.flatMap(g => g.claims.map(o => o.article.uri))).size;
	const counts = new Map<Verdict, number>();
	for (const g of groups) { counts.set(g.verdict, (counts.get(g.verdict) ?? 0) + g.claims.length); }
	lines.push(`${articles} other article${articles === 1 ? '' : 's'}: ${[...counts].map(([v, n]) => `${n} ${MARK[v]} ${WORD[v][n === 1 ? 0 : 1]}`).join(' · ')}`, '');
	for (const g of groups.slice(0, MAX_GROUPS)) {
		const first = g.claims[0];
		const when = g.when === 'same day' || g.when === 'undated' ? g.when : `${g.when} (${new Date(first.asOf! * 86_400_000).toISOString().slice(0, 10)})`;
		const cite = (o: ResolvedClaim) => `${link(o)}${o.draft.attribution ? ` (${o.draft.attribution.text})` : ''}`;
		const also = g.claims.slice(1, MAX_LINKS).map(cite);
		const more = g.claims.length > MAX_LINKS ? ` and ${g.claims.length - MAX_LINKS} more` : '';
		lines.push(`- ${MARK[g.verdict]} **${g.value}** · ${when} · ${quoteOf(first)} ${cite(first)}${also.length ? `; also ${also.join(', ')}` : ''}${more}`);
	}
	const compare = compareLink(c);
	lines.push('', groups.length > MAX_GROUPS ? `${groups.length - MAX_GROUPS} more values in ${compare}` : `Every source side by side: ${compare}`);
	return lines.join('\n');
}

/**
 * A link that runs Corroborate: Compare Sources on this statement's event (the
 * VS Code client trusts this one command in hovers), with the statement's
 * position: the cursor need not be where the mouse is.
 */
function compareLink(c: ResolvedClaim): string {
	const text = c.article.text;
	const start = c.draft.span.start;
	let lineStart = start;
	while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) { lineStart--; }
	// JavaScript strings count UTF-16 code units, as LSP positions do.
	const args = [c.article.uri, { line: lineAt(text, start), character: start - lineStart }];
	return `[Compare Sources](command:corroborate.compareSources?${encodeURIComponent(JSON.stringify(args))} "Open the table of this event's facts against every source")`;
}

type Occurrences = readonly { readonly uri: string; readonly mention: ActorMention }[];

/**
 * The claim whose words cover an offset off its figure. "The death toll, once put at 93, has risen to 115" covers
 * two figures' words: the current one (not superseded) is the one the words are about.
 */
function claimCovering(claims: readonly ResolvedClaim[], offset: number): ResolvedClaim | undefined {
	const within = (span: Span | undefined) => !!span && span.start <= offset && offset < span.end;
	const covering = claims.filter(c => within(c.draft.span) || within(c.sinceMention?.span));
	return covering.find(c => !c.draft.status.superseded) ?? covering[0];
}

/** Claims listed on an actor's card at most, plus one to tell that there are more. */
const NAMING_CLAIMS = 9;
/**
 * Claims stated in a sentence that names the entity, the first {@link NAMING_CLAIMS} of them in article order; found
 * once per actor and derived view, so a hover stays fast for an actor named in thousands of articles.
 */
function claimsAbout(view: CorpusView, entityId: string): readonly ResolvedClaim[] {
	return claimsNaming(view.occurrencesOf(entityId), view);
}

const claimsNaming = memoisedBy((occurrences: Occurrences, view: CorpusView): readonly ResolvedClaim[] => {
	const out: ResolvedClaim[] = [];
	const seen = new Set<ResolvedClaim>();
	for (const { uri, mention } of occurrences) {
		const claims = view.claimsOf(uri);
		if (!claims.length) { continue; }
		const sentences = claims[0].article.extraction.sentences;
		// The sentence the mention starts in: the last one starting at or before it.
		const i = countStartingBefore(sentences, mention.span.start + 1) - 1;
		if (i < 0 || mention.span.end > sentences[i].end) { continue; }
		for (const c of claimsBySentence(claims).get(i) ?? []) {
			if (!seen.has(c)) {
				seen.add(c);
				out.push(c);
				if (out.length >= NAMING_CLAIMS) { return out; }
			}
		}
	}
	return out;
});

/** An article's claims by the sentence they are in, in their order; built once per claim list. */
const claimsBySentence = memoisedBy((claims: readonly ResolvedClaim[]) => {
	const map = new Map<number, ResolvedClaim[]>();
	for (const c of claims) { push(map, c.draft.sentence, c); }
	return map;
});

function quoteOf(c: ResolvedClaim): string {
	return `“${c.article.text.slice(c.draft.span.start, c.draft.span.end).replace(/\s+/g, ' ')}”`;
}

/** An actor's spellings in its first 20 articles and how many articles name it, once per derived view. */
const spellingsOf = memoisedBy((occurrences: Occurrences) => {
	// Occurrences come in article order: spellings are listed for the first 20 articles, the rest only counted.
	const files = new Map<string, Set<string>>();
	let articles = 0;
	let previous = '';
	for (const { uri: file, mention } of occurrences) {
		if (file !== previous) { articles++; previous = file; }
		if (files.size < 20 || files.has(file)) { files.set(file, (files.get(file) ?? new Set()).add(mention.text)); }
	}
	return { files, articles };
});

function actorCard(view: CorpusView, uri: string, m: ActorMention): string {
	const entity = view.entityOf(uri, m);
	if (!entity) { return `**${m.name}** (${m.type})`; }
	const { files, articles } = spellingsOf(view.occurrencesOf(entity.id));
	const lines = [`**${entity.canonical}** · ${entity.type} · in ${articles} article${articles === 1 ? '' : 's'}`, ''];
	for (const [file, spellings] of files) {
		lines.push(`- ${fileName(file)}: ${[...spellings].map(s => `“${s}”`).join(', ')}`);
	}
	if (articles > files.size) { lines.push(`- … and ${articles - files.size} more articles`); }
	const claims = claimsAbout(view, entity.id);
	if (claims.length) {
		lines.push('', `In compared statements${claims.length > 8 ? ' (the first 8)' : ''}:`);
		for (const c of claims.slice(0, 8)) { lines.push(`- ${factLabel(c.draft.fact)}: ${quoteOf(c)} — ${link(c)}`); }
	}
	return lines.join('\n');
}
