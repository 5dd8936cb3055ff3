import type { Interval, TimeMention } from '../types';

const two = (n: number) => String(n).padStart(2, '0');

/** "09:30" from an hour and a minute, or from minutes after midnight. */
export function formatClock(hourOrMinutes: number, minute?: number): string {
	return minute === undefined ? `${two(Math.floor(hourOrMinutes / 60))}:${two(hourOrMinutes % 60)}` : `${two(hourOrMinutes)}:${two(minute)}`;
}

/** A time mention's clock with its zone as written: "21:30 local", "18:30 0", "18:00 America/New_York". */
export function formatTimeMention(m: TimeMention): string {
	return `${formatClock(m.hour, m.minute)}${m.zone === null ? '' : ` ${m.zone}`}`;
}

/** "3", "> 40", "≥ 8", "153–169", "≤ 50". */
export function formatInterval(v: Interval): string {
	const n = (x: number) => x.toLocaleString('en-US');
	if (v.min !== null && v.max !== null) { return v.min === v.max ? n(v.min) : `${n(v.min)}–${n(v.max)}`; }
	if (v.min !== null) { return `≥ ${n(v.min)}`; }
	if (v.max !== null) { return `≤ ${n(v.max)}`; }
	return 'any';
}
