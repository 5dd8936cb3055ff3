/**
 * Plain data shared by every part of the analysis core. Offsets are UTF-16 code
 * unit offsets into the article text (what JavaScript strings index by), so the
 * adapters turn them into LSP positions without any re-encoding.
 */

/** A half-open range `[start, end)` of UTF-16 code units in an article's text. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** Anything with an `isCancellationRequested` flag; an LSP token satisfies it. */
export interface CancellationLike {
	readonly isCancellationRequested: boolean;
}

/** A token that is never cancelled. */
export const noCancellation: CancellationLike = Object.freeze({ isCancellationRequested: false });

/** What an actor is. Groups are armed or political movements; states are countries. */
export type ActorType = 'person' | 'organization' | 'group' | 'state' | 'place';

/** A closed interval; `null` ends are open (unbounded). */
export interface Interval {
	readonly min: number | null;
	readonly max: number | null;
}

/** The four kinds of mention the core finds. */
export type MentionKind = 'actor' | 'date' | 'time' | 'number';

interface MentionBase {
	readonly span: Span;
	readonly text: string;
}

/** A person, organisation, group, state or place named in the text. */
export interface ActorMention extends MentionBase {
	readonly kind: 'actor';
	readonly type: ActorType;
	/** The name with titles, possessives and quotes removed ("Joe Biden" for "President Joe Biden's"). */
	readonly name: string;
	/** Other names this mention declares for the same actor: acronyms in brackets, "known as", quoted nicknames. */
	readonly aliases: readonly string[];
	/** Set when a title or honorific preceded the name ("President", "Mr."). */
	readonly title?: string;
}

/**
 * A date as written, before it is resolved against a reference date.
 * `absolute` parts are as written; `weekday` and `offset` need a reference.
 */
export type DateExpr = (
	| { readonly type: 'absolute'; readonly year?: number; readonly month?: number; readonly day?: number; readonly part?: 'early' | 'mid' | 'late'; readonly direction?: 'future' }
	| { readonly type: 'weekday'; readonly weekday: number; readonly direction: 'past' | 'future' }
	| { readonly type: 'offset'; readonly unit: 'day' | 'week' | 'month' | 'year'; readonly amount: number }
) & {
	/** Days to add to the day the rest resolves to: "a day later" is the date told before it, shifted by one. */
	readonly shift?: number;
};

/** A date mention; `value` is filled once the article's reference date is known. */
export interface DateMention extends MentionBase {
	readonly kind: 'date';
	readonly expr: DateExpr;
	/** `dateline` when it gives the article's publication date. */
	readonly role?: 'dateline';
	/**
	 * Set when the date is not written but implied: the day a clock time falls on
	 * ("reported at 2:20 p.m." after "on Monday"), taken from a date in its sentence
	 * or the nearest one before it, else the article's own day. Its span is the
	 * time's, so a time and its implied date share one span.
	 */
	readonly implied?: true;
}

/** A clock time, with the zone as written. */
export interface TimeMention extends MentionBase {
	readonly kind: 'time';
	readonly hour: number;
	readonly minute: number;
	/** Offset from UTC in minutes when written ("GMT", "UTC+3"), an IANA zone name, `local`, or null when not said. */
	readonly zone: number | string | null;
}

/** What a unit measures: the kind of value the engine compares, whatever the fact is called. */
export type Dimension = 'percent' | 'money' | 'length' | 'area' | 'volume' | 'mass' | 'temperature' | 'speed' | 'duration' | 'age' | 'magnitude';

/**
 * The unit a number is written in ("km", "£", "%", "years old"). Values of one
 * dimension are compared in its base unit: `base = value * factor + offset`
 * (metres, square metres, litres, kilograms, °C, km/h, days, years; money is
 * only compared within one currency).
 */
export interface Unit {
	readonly dimension: Dimension;
	/** The unit's canonical symbol: "km", "mi", "%", "USD", "GBP", "°F", "year". */
	readonly symbol: string;
	readonly factor: number;
	readonly offset?: number;
}

/** A number as an interval, with the hedge that made it one. */
export interface NumberMention extends MentionBase {
	readonly kind: 'number';
	/** The hard interval: what the words strictly allow. */
	readonly value: Interval;
	/** A looser reading ("nearly 170" is probably above 150) for telling tension from contradiction. */
	readonly loose: Interval;
	/** The hedge word(s), lower case ("more than", "nearly"), if any. */
	readonly hedge: string | null;
	/** The head noun counted ("service members"), if the number counts something. */
	readonly counted: string | null;
	/** The unit, when the number measures something ("12 km", "£40m", "52.1%", "a 67-year-old"); absent for plain counts. */
	readonly unit?: Unit;
}

/** Any mention. */
export type Mention = ActorMention | DateMention | TimeMention | NumberMention;
