import type { CancellationLike, Interval, Span } from '../types';
import type { CorpusView } from '../corpus/view';
import type { Finding } from '../findings/finding';
import { formatClock } from '../findings/format';

/** One mention in the report, with its resolved value. */
export interface ReportMention {
	readonly kind: 'actor' | 'date' | 'time' | 'number';
	readonly type: string;
	readonly text: string;
	readonly span: Span;
	readonly entity?: string;
	readonly value?: string | Interval | null;
}

/** One article in the report. */
export interface ReportFile {
	readonly uri: string;
	readonly published: string | null;
	/** The dateline an undated article's dates were resolved against, and whose it is. */
	readonly reference: { readonly date: string; readonly from: string } | null;
	readonly mentions: readonly ReportMention[];
}

/** The whole corpus as plain data. */
export function getReport(view: CorpusView, token: CancellationLike): { files: ReportFile[]; findings: Finding[] } {
	return { files: [...reportFiles(view, token)], findings: [...view.findings] };
}

/** The articles of the report one at a time, in order of URI: the CLI prints each as it comes, so thousands never sit in memory at once. */
export function* reportFiles(view: CorpusView, token: CancellationLike): Generator<ReportFile> {
	for (const uri of [...view.articles.keys()].sort()) {
		if (token.isCancellationRequested) { break; }
		const a = view.articles.get(uri)!;
		const ref = view.references.get(uri);
		const mentions = a.extraction.mentions.map((m, i): ReportMention => {
			switch (m.kind) {
				case 'actor': return { kind: 'actor', type: m.type, text: m.text, span: m.span, entity: view.entityOf(uri, m)?.id ?? m.name };
				case 'date': return { kind: 'date', type: m.role ?? m.expr.type, text: m.text, span: m.span, value: view.dateOf(uri, i)?.iso ?? null };
				case 'time': return { kind: 'time', type: m.zone === null ? 'unzoned' : typeof m.zone === 'number' ? 'utc-offset' : m.zone === 'local' ? 'local' : 'zone', text: m.text, span: m.span, value: `${formatClock(m.hour, m.minute)}${m.zone === null ? '' : typeof m.zone === 'number' ? (m.zone === 0 ? 'Z' : ` UTC${m.zone > 0 ? '+' : '-'}${Math.abs(m.zone / 60)}`) : ` ${m.zone}`}` };
				default: return { kind: 'number', type: m.hedge ? 'approximate' : 'exact', text: m.text, span: m.span, value: m.value };
			}
		});
		yield {
			uri, published: a.extraction.published?.value ?? null, mentions,
			reference: ref?.borrowedFrom && ref.day !== null ? { date: new Date(ref.day * 86_400_000).toISOString().slice(0, 10), from: ref.borrowedFrom } : null,
		};
	}
}
