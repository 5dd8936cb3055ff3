import * as assert from 'node:assert';
import { extractArticle } from '../../server/src/core/claims/extractArticle';
import { estimateReferences } from '../../server/src/core/mentions/referenceDates';
import { dayIso } from '../../server/src/core/mentions/dateValues';
import { assertSpanOf, caseSuites, negativeTests, short, type Case, type Negative } from './helpers';

/**
 * Table-driven tests of the extraction layer on news phrasing written for
 * these tests (wire copy, broadcasters, blogs and machine-"spun" reposts).
 * Every row becomes its own test so each failure is visible on its own.
 * Expectations are what a careful reader of the news would mark up.
 */

// ---------------------------------------------------------------------------
// Dates (resolved against the reference day; 2024-02-07 is a Wednesday)
// ---------------------------------------------------------------------------

const dates: Case[] = [
	{ text: 'The drone attack on Jan. 28 killed three soldiers at the outpost.', quote: 'Jan. 28', kind: 'date', date: '2024-01-28' },
	{ text: 'The drone attack on January 28th killed three soldiers.', quote: 'January 28th', kind: 'date', date: '2024-01-28' },
	{ text: 'More than 100 attacks have been recorded since the Oct. 7 assault.', quote: 'Oct. 7', kind: 'date', date: '2023-10-07' },
	{ text: 'Updated 2024-02-07 14:05. The ministry has not commented.', quote: '2024-02-07', kind: 'date', date: '2024-02-07' },
	{ text: 'The hearing was held on February 21, 2024, in a packed courtroom.', quote: 'February 21, 2024', kind: 'date', date: '2024-02-21' },
	{ text: 'The base was attacked in March 2020 by a barrage of rockets.', quote: 'March 2020', kind: 'date', date: '2020-03' },
	{ text: 'The militia was founded in the year 2014 after the fall of Mosul.', quote: '2014', kind: 'date', date: '2014' },
	{ text: 'A car bomb on Wednesday killed a judge in Mosul.', quote: 'Wednesday', contains: true, kind: 'date', date: '2024-02-07' },
	{ text: 'The strike came on Wednesday, officials said.', quote: 'Wednesday', kind: 'date', date: '2024-02-07' },
	{ text: 'Explosions were heard across the city Wednesday night.', quote: 'Wednesday', contains: true, kind: 'date', date: '2024-02-07' },
	{ text: 'The ministry said on Monday that the talks had stalled.', quote: 'Monday', contains: true, kind: 'date', date: '2024-02-05' },
	{ text: 'The coalition struck 64 targets last Friday, officials said.', quote: 'Friday', contains: true, kind: 'date', date: '2024-02-02' },
	{ text: 'On Sunday, the militia announced it would suspend attacks.', quote: 'Sunday', contains: true, kind: 'date', date: '2024-02-04' },
	{ text: 'The drone attack in Jordan last month killed three U.S. troops.', quote: 'last month', kind: 'date', date: '2024-01' },
	{ text: 'Officials said last week that the review would take time.', quote: 'last week', kind: 'date', date: '2024-01-29/2024-02-04' },
	{ text: 'Exports fell sharply last year, the central bank said.', quote: 'last year', kind: 'date', date: '2023' },
	{ text: 'Attacks on shipping intensified in January, according to the navy.', quote: 'January', contains: true, kind: 'date', date: '2024-01' },
	{ text: 'The ship was seized in late January near the coast.', quote: 'late January', kind: 'date', date: '2024-01-21/2024-01-31' },
	{ text: 'The fighting began in early December, residents said.', quote: 'early December', kind: 'date', date: '2023-12-01/2023-12-10' },
	{ text: 'The offensive stalled in mid-March, officials said.', quote: 'mid-March', kind: 'date', date: '2024-03-11/2024-03-20', ref: '2024-04-10' },
	{ text: 'The commander was killed three days ago, his family said.', quote: 'three days ago', kind: 'date', date: '2024-02-04' },
	{ text: 'The bodies were found two weeks ago near the river.', quote: 'two weeks ago', kind: 'date', date: '2024-01-22/2024-01-28' },
	{ text: 'The minister resigned yesterday after the vote.', quote: 'yesterday', kind: 'date', date: '2024-02-06' },
	{ text: 'The shelling continued on Dec. 25 despite appeals.', quote: 'Dec. 25', kind: 'date', date: '2023-12-25' },
	{ text: 'The law was passed after the Sept. 11, 2001, attacks.', quote: 'Sept. 11, 2001', kind: 'date', date: '2001-09-11' },
	{ text: 'The agreement was signed in 2021 and renewed once.', quote: '2021', kind: 'date', date: '2021' },
	{ text: 'Militants crossed the fence on 7 October and attacked several villages.', quote: '7 October', kind: 'date', date: '2023-10-07' },
	{ text: 'The attack of 7 October 2023 changed the region.', quote: '7 October 2023', kind: 'date', date: '2023-10-07' },
	{ text: 'The first convoy arrived on Feb. 2 under escort.', quote: 'Feb. 2', kind: 'date', date: '2024-02-02' },
	{ text: 'Ministers will meet again this week in Riyadh.', quote: 'this week', kind: 'date', date: '2024-02-05/2024-02-11' },
	{ text: 'Elections are expected to be held next month.', quote: 'next month', kind: 'date', date: '2024-03' },
	{ text: 'The envoy will travel to Cairo next Tuesday.', quote: 'Tuesday', contains: true, kind: 'date', date: '2024-02-13' },
	{ text: 'The talks will resume on Thursday in Doha.', quote: 'Thursday', contains: true, kind: 'date', date: '2024-02-08' },
	{ text: 'The vote is scheduled for March 5 in the capital.', quote: 'March 5', kind: 'date', date: '2024-03-05' },
	{ text: 'The treaty was signed on Jan. 3, 2020, in a hotel near Geneva airport.', quote: 'Jan. 3, 2020', kind: 'date', date: '2020-01-03' },
	{ text: 'Investigators are still reconstructing the night of Jan. 27.', quote: 'Jan. 27', kind: 'date', date: '2024-01-27' },
	{ text: 'The pipeline was bombed four months ago, engineers said.', quote: 'four months ago', kind: 'date', date: '2023-10' },
	{ text: 'The sanctions took effect in January 2024.', quote: 'January 2024', kind: 'date', date: '2024-01' },
	{ text: 'The ministry said on Tuesday, February 6, that the crossing was closed.', quote: 'February 6', contains: true, kind: 'date', date: '2024-02-06' },
	{ text: 'The group had threatened retaliation the previous month.', quote: 'previous month', contains: true, kind: 'date', date: '2024-01' },
	{ text: 'On Sunday, the militia announced it would suspend attacks.', quote: 'Sunday', contains: true, kind: 'date', date: '2024-01-28', ref: '2024-01-30' },
	{ text: 'He was detained in the 1991 uprising and released years later.', quote: '1991', kind: 'date', date: '1991' },
	{ text: 'A week ago, the group said it had stopped its attacks.', quote: 'week ago', contains: true, kind: 'date', date: '2024-01-29/2024-02-04' },
	{ text: 'Feb 7, 2024\nThe blast hit a market in eastern Mosul.', quote: 'Feb 7, 2024', kind: 'date', date: '2024-02-07' },
	{ text: 'A second fire broke out over the weekend near the harbour.', quote: 'weekend', contains: true, kind: 'date', date: '2024-02-03' },
	{ text: 'The rally was held on 2/4/2024 outside the assembly.', quote: '2/4/2024', kind: 'date', date: '2024-02-04' },
	{ text: 'Turnout was low this past week, the commission said.', quote: 'week', contains: true, kind: 'date', date: '2024-01-29/2024-02-04' },
	{ text: 'The ceasefire began on the 21st of November and collapsed a week later.', quote: '21st of November', kind: 'date', date: '2023-11-21' },
	{ text: 'The bridge was destroyed on 12 December 2023, satellite images showed.', quote: '12 December 2023', kind: 'date', date: '2023-12-12' },
	// years at a clause's end, ranges, years carried along a sentence, clause-bound future cues
	{ text: 'The union signed its first contract in 1936.', quote: '1936', kind: 'date', date: '1936' },
	{ text: 'The recall covers 2021-2023 models of both pickups.', quote: '2021-2023', kind: 'date', date: '2021' },
	{ text: 'Ticket sales for the 2024-25 season fell by a third.', quote: '2024-25', kind: 'date', date: '2024' },
	{ text: 'Crashes of this kind killed 535 people in 2020, the agency said.', quote: '2020', kind: 'date', date: '2020' },
	{ text: 'The year 2019 was the worst on record.', quote: '2019', kind: 'date', date: '2019' },
	{ text: 'The siege of the theatre (Oct 23, 2002 – Oct 26, 2002) ended in a raid.', quote: 'Oct 26, 2002', kind: 'date', date: '2002-10-26' },
	{ text: 'The last walkout began Sept. 6, 2008, and ended with a deal on Nov. 1.', quote: 'Nov. 1', kind: 'date', date: '2008-11-01' },
	{ text: 'The toll rose to 99 Monday but the governor warned that it will climb.', quote: 'Monday', kind: 'date', date: '2024-02-05' },
	{ text: 'The toll rose to 11 on Monday, officials said.', quote: 'Monday', kind: 'date', date: '2024-02-05' },
	{ text: 'The home side won 2–1 on Monday in front of a full stadium.', quote: 'Monday', kind: 'date', date: '2024-02-05' },
	{ text: 'The firm will cut 900 jobs, its chief executive said on Monday.', quote: 'Monday', kind: 'date', date: '2024-02-05' },
	{ text: 'The trial, which opened on 14 January, will resume on 20 February.', quote: '14 January', kind: 'date', date: '2024-01-14' },
	{ text: 'The trial, which opened on 14 January, will resume on 20 February.', quote: '20 February', kind: 'date', date: '2024-02-20' },
	{ text: 'Flights resumed at 6am on Saturday after the storm.', quote: 'Saturday', kind: 'date', date: '2024-02-03' },
	{ text: 'The chain filed for bankruptcy Monday and will close 90 shops, it said.', quote: 'Monday', kind: 'date', date: '2024-02-05' },
	// chrono reads only the words around each date cue: a future cue far from the date, and dates far apart, still count
	{ text: 'The committee will, after many weeks of argument among its members and the staff of several ministries, publish its report on 14 January.', quote: '14 January', kind: 'date', date: '2025-01-14' },
	{ text: 'The committee published its report on 14 January, after many weeks of argument among its members and the staff of several ministries, and the minister resigned on 2 February.', quote: '2 February', kind: 'date', date: '2024-02-02' },
	// casual days, parts of days, dates in brackets
	{ text: 'Residents heard blasts last night near the port.', quote: 'last night', kind: 'date', date: '2024-02-06' },
	{ text: 'Early this morning the ferry left the harbour.', quote: 'this morning', contains: true, kind: 'date', date: '2024-02-07' },
	{ text: 'Early this morning, at 4:10 am, the ferry left the harbour.', quote: 'Early this morning', kind: 'date', date: '2024-02-07' },
	{ text: 'Fans celebrated Friday night in the streets.', quote: 'Friday', contains: true, kind: 'date', date: '2024-02-02' },
	{ text: 'The final whistle came on the evening of March 22.', quote: 'March 22', kind: 'date', date: '2023-03-22' },
	{ text: 'The toll reached 93 on Saturday (Aug 12).', quote: 'Aug 12', kind: 'date', date: '2023-08-12', ref: '2023-08-14' },
	{ text: 'The toll reached 93 on Saturday (Aug 12).', quote: 'Saturday', kind: 'date', date: '2023-08-12', ref: '2023-08-14' },
	// the day a time without a date falls on: a date in its sentence, the nearest one before it, else the article's day
	{ text: 'The blast hit at 3 a.m., hours before the truce.', quote: '3 a.m.', kind: 'date', date: '2024-02-07' },
	{ text: 'The storm reached the coast on Monday.\nThe first warning went out at 2:20 p.m. from the weather office.', quote: '2:20 p.m.', kind: 'date', date: '2024-02-05' },
	{ text: 'Pickets gathered yesterday evening outside the plant.\nBy 11:50 pm, they held all four corners of the junction.', quote: '11:50 pm', kind: 'date', date: '2024-02-06' },
	{ text: 'At 4:40 p.m. deputies found the car, which had been seen on Sunday near the coast.', quote: '4:40 p.m.', kind: 'date', date: '2024-02-04' },
	{ text: 'The bus left the depot on Saturday. Police said on Sunday that it had crashed.\nThe crash happened at 10 a.m. on a bend.', quote: '10 a.m.', kind: 'date', date: '2024-02-03' },
	{ text: 'The ferry sank on Friday; the minister will visit the site tomorrow, Feb. 8.\nIt capsized around 6 p.m. in rough seas.', quote: '6 p.m.', kind: 'date', date: '2024-02-02' },
	// days counted from the date told before them
	{ text: 'The storm hit on Monday.\nTwo days later, the river burst its banks.', quote: 'Two days later', kind: 'date', date: '2024-02-07' },
	{ text: 'The raid was on Jan. 16. One week before, six people were killed nearby.', quote: 'One week before', kind: 'date', date: '2024-01-09' },
	{ text: 'The ferry sank on Dec. 3, 2023, and the wreck was found a day later.', quote: 'a day later', kind: 'date', date: '2023-12-04' },
];

// ---------------------------------------------------------------------------
// Times of day with their zones
// ---------------------------------------------------------------------------

const times: Case[] = [
	{ text: 'The quake struck at 14:05:30 local time on Monday, the survey said.', quote: '14:05:30 local time', kind: 'time', time: [14, 5, 'local'] },
	{ text: 'The drone hit the car at 9:30 p.m. local time, the police said.', quote: '9:30 p.m.', contains: true, kind: 'time', time: [21, 30, 'local'] },
	{ text: 'The strike came at 21:30 local time (18:30 GMT) on Wednesday.', quote: '21:30', contains: true, kind: 'time', time: [21, 30, 'local'] },
	{ text: 'The strike came at 21:30 local time (18:30 GMT) on Wednesday.', quote: '18:30', contains: true, kind: 'time', time: [18, 30, 0] },
	{ text: 'The president will speak at 6 p.m. Eastern time from the Oval Office.', quote: '6 p.m.', contains: true, kind: 'time', time: [18, 0, 'America/New_York'] },
	{ text: 'The blast occurred around 1:45 a.m. native time, officers stated.', quote: '1:45 a.m.', contains: true, kind: 'time', time: [1, 45, 'local'] },
	{ text: 'The briefing is set to start at 10 a.m. ET on Thursday.', quote: '10 a.m.', contains: true, kind: 'time', time: [10, 0, [-300, 'America/New_York']] },
	{ text: 'The ceasefire was due to take effect at 3 p.m. on Friday.', quote: '3 p.m.', contains: true, kind: 'time', time: [15, 0, null] },
	{ text: 'Sirens sounded at noon across the north, the army said.', quote: 'noon', contains: true, kind: 'time', time: [12, 0, null] },
	{ text: 'The first explosions were heard at midnight on Sunday.', quote: 'midnight', contains: true, kind: 'time', time: [0, 0, null] },
	{ text: 'The launch was detected at 03:00 GMT by radar operators.', quote: '03:00', contains: true, kind: 'time', time: [3, 0, 0] },
	{ text: 'The convoy was hit at 11:15 a.m. Baghdad time on the highway.', quote: '11:15 a.m.', contains: true, kind: 'time', time: [11, 15, ['Asia/Baghdad', 180]] },
	{ text: 'The statement was published at 4 p.m. Moscow time on Saturday.', quote: '4 p.m.', contains: true, kind: 'time', time: [16, 0, ['Europe/Moscow', 180]] },
	{ text: 'Markets closed at 14:00 UTC after the announcement.', quote: '14:00', contains: true, kind: 'time', time: [14, 0, 0] },
	{ text: 'The senator spoke at 5:30 a.m. Pacific time from California.', quote: '5:30 a.m.', contains: true, kind: 'time', time: [5, 30, 'America/Los_Angeles'] },
	{ text: 'The vote is scheduled for 8 p.m. EST on Tuesday.', quote: '8 p.m.', contains: true, kind: 'time', time: [20, 0, [-300, 'America/New_York']] },
	{ text: 'The sirens started shortly after 2 a.m. on Saturday.', quote: '2 a.m.', contains: true, kind: 'time', time: [2, 0, null] },
	{ text: 'The explosion was recorded at 10:30 p.m. local time on Tuesday.', quote: '10:30 p.m.', contains: true, kind: 'time', time: [22, 30, 'local'] },
	{ text: 'The missile struck at 9:30 p.m. native time near the port.', quote: '9:30 p.m.', contains: true, kind: 'time', time: [21, 30, 'local'] },
	{ text: 'Updated 2024-02-07 14:05. The ministry has not commented.', quote: '14:05', contains: true, kind: 'time', time: [14, 5, null] },
	{ text: 'The drone struck the vehicle at 7:40 p.m. on Wednesday.', quote: '7:40 p.m.', contains: true, kind: 'time', time: [19, 40, null] },
	{ text: 'The sirens sounded at 0215GMT along the border.', quote: '0215GMT', kind: 'time', time: [2, 15, 0] },
	{ text: 'Fire crews were called at 1330 GMT to the depot.', quote: '1330 GMT', kind: 'time', time: [13, 30, 0] },
	{ text: 'The accident happened around 7.20 PM near the station.', quote: '7.20 PM', kind: 'time', time: [19, 20, null] },
	{ text: 'The fire burned until 3.15 am on the ridge.', quote: '3.15 am', kind: 'time', time: [3, 15, null] },
];

// ---------------------------------------------------------------------------
// Numbers: plain counts
// ---------------------------------------------------------------------------

const plainNumbers: Case[] = [
	{ text: 'Mara Oduya won the city marathon in 2:05:12 on Sunday.', quote: '2:05:12', kind: 'number', value: [2 + 5 / 60 + 12 / 3600, 2 + 5 / 60 + 12 / 3600] },
	{ text: 'She finished in 2:19:30.5, a course record.', quote: '2:19:30.5', kind: 'number', value: [2 + 19 / 60 + 30.5 / 3600, 2 + 19 / 60 + 30.5 / 3600] },
	{ text: 'The attack killed three U.S. service members and wounded dozens.', quote: 'three', kind: 'number', value: [3, 3] },
	{ text: 'The blast wounded 47 people, the civil defense said.', quote: '47', kind: 'number', value: [47, 47] },
	{ text: 'The probe left the rocket\'s upper stage 48 minutes after liftoff.', quote: '48 minutes', kind: 'number', value: [48, 48] },
	{ text: 'Some camps now shelter 27,000 people, aid groups say.', quote: '27,000', kind: 'number', value: [27000, 27000] },
	{ text: 'The judge handed him a seven-year prison sentence on Friday.', quote: 'seven-year', kind: 'number', value: [7, 7] },
	{ text: 'The minister ended a three-day visit to the region.', quote: 'three-day', kind: 'number', value: [3, 3] },
	{ text: 'The city of 2.5 million residents has been without power for days.', quote: '2.5 million', kind: 'number', value: [2500000, 2500000] },
	{ text: 'Police said twenty-five people were detained overnight.', quote: 'twenty-five', kind: 'number', value: [25, 25] },
	{ text: 'Ninety-one people were hurt in the stampede.', quote: 'Ninety-one', kind: 'number', value: [91, 91] },
	{ text: 'The storm destroyed three hundred homes along the coast.', quote: 'three hundred', kind: 'number', value: [300, 300] },
	{ text: 'The army deployed 1,200 troops to the border.', quote: '1,200', kind: 'number', value: [1200, 1200] },
	{ text: 'Congress approved $4.5 billion in aid for the region.', quote: '4.5 billion', contains: true, kind: 'number', value: [4500000000, 4500000000] },
	{ text: 'Two drones were intercepted before they reached the base.', quote: 'Two', kind: 'number', value: [2, 2] },
	{ text: 'Seven people were killed when the shell hit the market.', quote: 'Seven', kind: 'number', value: [7, 7] },
	{ text: 'Four of the soldiers were flown to Germany for treatment.', quote: 'Four', kind: 'number', value: [4, 4] },
	{ text: 'One soldier was killed and two were wounded, the army said.', quote: 'One', kind: 'number', value: [1, 1] },
	{ text: 'The rally drew 100,000 people, organisers said.', quote: '100,000', kind: 'number', value: [100000, 100000] },
	{ text: 'Unemployment rose to 12 percent last quarter.', quote: '12 percent', kind: 'number', value: [12, 12] },
	{ text: 'The militia fired eleven rockets at the embassy compound.', quote: 'eleven', kind: 'number', value: [11, 11] },
	{ text: 'More than 1.5 million people have fled to the south.', quote: '1.5 million', contains: true, kind: 'number', value: [1500001, null] },
	{ text: 'Gunmen killed one hundred and twenty villagers in the raid.', quote: 'one hundred and twenty', kind: 'number', value: [120, 120] },
	{ text: 'A thousand people marched to the parliament on Friday.', quote: 'thousand', contains: true, kind: 'number', value: [1000, 1000] },
	{ text: 'The army said two dozen militants were captured.', quote: 'two dozen', kind: 'number', value: [24, 24] },
	{ text: 'Coalition jets struck 64 targets in the two provinces.', quote: '64', kind: 'number', value: [64, 64] },
	{ text: 'The ship carried 21 crew members, the operator said.', quote: '21', kind: 'number', value: [21, 21] },
	{ text: 'A dozen ambulances waited at the crossing.', quote: 'dozen', contains: true, kind: 'number', value: [12, 12] },
	{ text: 'The strikes hit 36 command centers, storage sites and other facilities.', quote: '36', kind: 'number', value: [36, 36] },
	{ text: 'Thirty-four service members were treated for brain injuries.', quote: 'Thirty-four', kind: 'number', value: [34, 34] },
	{ text: 'The aid package includes 60 million euros for shelters.', quote: '60 million euros', kind: 'number', value: [60000000, 60000000] },
];

// ---------------------------------------------------------------------------
// Numbers: hedges and vague quantities (see ../shared/research/nlp.md)
// ---------------------------------------------------------------------------

// Tolerances: tol = max(1, 10% of N, half the rounding step g), where g is the largest of 1, 5, 10, 50, 100, …
// that divides N and is at most a quarter of N ("about 85": g = 5, tol = 9; "nearly 100": g = 10, tol = 10).
const hedgedNumbers: Case[] = [
	{ text: 'The attack injured more than 40 others, the Pentagon said.', quote: 'more than 40', kind: 'number', value: [41, null] },
	{ text: 'The assault injured greater than 40 others, officers stated.', quote: 'greater than 40', kind: 'number', value: [41, null] },
	{ text: 'Over 100 rockets were fired at the north on Sunday.', quote: 'Over 100', kind: 'number', value: [101, null] },
	{ text: 'At least 34 troops were treated for traumatic brain injuries.', quote: 'At least 34', kind: 'number', value: [34, null] },
	{ text: 'No fewer than 12 vessels have been attacked since November.', quote: 'No fewer than 12', kind: 'number', value: [12, null] },
	{ text: 'The rebels have carried out nearly 240 raids on border posts.', quote: 'nearly 240', kind: 'number', value: [216, 239] },
	{ text: 'The rebels have carried out practically 240 raids on border posts.', quote: 'practically 240', kind: 'number', value: [216, 239] },
	{ text: 'The shelling killed almost 50 people in two days.', quote: 'almost 50', kind: 'number', value: [45, 49] },
	{ text: 'Close to 300 families were evacuated from the village.', quote: 'Close to 300', kind: 'number', value: [270, 299] },
	{ text: 'About 40 people were wounded, a hospital director said.', quote: 'About 40', kind: 'number', value: [35, 45] },
	{ text: 'Approximately 60 fighters were captured, the army said.', quote: 'Approximately 60', kind: 'number', value: [54, 66] },
	{ text: 'The ship was carrying around 150 containers.', quote: 'around 150', kind: 'number', value: [135, 165] },
	{ text: 'Roughly 12 trucks crossed into the territory on Monday.', quote: 'Roughly 12', kind: 'number', value: [11, 13] },
	{ text: 'The group fired some 30 rockets at the base.', quote: 'some 30', kind: 'number', value: [27, 33] },
	{ text: 'An estimated 2,000 people have been displaced, the UN said.', quote: 'An estimated 2,000', kind: 'number', value: [1750, 2250] },
	{ text: 'Fewer than 10 trucks entered the territory on Tuesday.', quote: 'Fewer than 10', kind: 'number', value: [null, 9] },
	{ text: 'Less than 5 percent of the aid reached the north.', quote: 'Less than 5 percent', kind: 'number', value: [0, 5] },
	{ text: 'The camp can house up to 5,000 people.', quote: 'up to 5,000', kind: 'number', value: [null, 5000] },
	{ text: 'The jobless rate ticked up to 5.2% in March.', quote: '5.2%', kind: 'number', value: [5.2, 5.2] },
	{ text: 'Prices inched up to 140 a barrel by noon.', quote: '140', kind: 'number', value: [140, 140] },
	{ text: 'As many as 30 people may be trapped under the rubble.', quote: 'As many as 30', kind: 'number', value: [27, 30] },
	{ text: 'The strikes hit dozens of targets across the country.', quote: 'dozens', kind: 'number', value: [24, null] },
	{ text: 'A half dozen drones were shot down over the sea.', quote: 'half dozen', contains: true, kind: 'number', value: [5, 7] },
	{ text: 'Half a dozen ships changed course after the warning.', quote: 'Half a dozen', kind: 'number', value: [5, 7] },
	{ text: 'Several rockets landed in open areas, the army said.', quote: 'Several', kind: 'number', value: [3, 9] },
	{ text: 'A few protesters threw stones at the police.', quote: 'A few', kind: 'number', value: [2, 5] },
	{ text: 'Hundreds of people attended the funeral in Najaf.', quote: 'Hundreds', kind: 'number', value: [200, null] },
	{ text: 'Thousands of families have fled the fighting.', quote: 'Thousands', kind: 'number', value: [2000, null] },
	{ text: 'Tens of thousands of people marched through the capital.', quote: 'Tens of thousands', kind: 'number', value: [20000, null] },
	{ text: 'The group claimed 40 or more attacks in January alone.', quote: '40', contains: true, kind: 'number', value: [40, null] },
	{ text: 'Just over 200 trucks crossed in the first week.', quote: 'Just over 200', contains: true, kind: 'number', value: [201, null] },
	{ text: 'Nearly two dozen people were hurt in the crush.', quote: 'two dozen', contains: true, kind: 'number', value: [22, 23] },
	{ text: 'More than a dozen rockets were fired at the base.', quote: 'dozen', contains: true, kind: 'number', value: [13, null] },
	{ text: 'Nearly 1,300 people have been arrested since the protests began.', quote: 'Nearly 1,300', kind: 'number', value: [1170, 1299] },
	{ text: 'Officials said about 4,700 homes were damaged.', quote: 'about 4,700', kind: 'number', value: [4230, 5170] },
	{ text: 'The group will cut output by 2.2m bpd from August.', quote: '2.2m bpd', kind: 'number', value: [2200000, 2200000] },
	{ text: 'Floods displaced 3m people across the delta this summer.', quote: '3m', kind: 'number', value: [3000000, 3000000] },
	{ text: 'More than 25,000 people have been killed, the ministry said.', quote: 'More than 25,000', kind: 'number', value: [25001, null] },
	{ text: 'At least 1.2 million people are displaced inside the country.', quote: 'At least 1.2 million', kind: 'number', value: [1200000, null] },
	{ text: 'Approximately 20 drones were launched at the ships.', quote: 'Approximately 20', kind: 'number', value: [17, 23] },
	{ text: 'The militia has claimed over 160 attacks since mid-October.', quote: 'over 160', kind: 'number', value: [161, null] },
	{ text: 'A minimum of 9 people died, officers stated.', quote: 'A minimum of 9', kind: 'number', value: [9, null] },
	{ text: 'As many as 2,500 troops remain in the country.', quote: 'As many as 2,500', kind: 'number', value: [2250, 2500] },
	{ text: 'Officials said roughly 7 people were rescued from the rubble.', quote: 'roughly 7', kind: 'number', value: [6, 8] },
	{ text: 'The blast injured round 40 individuals, officers stated.', quote: 'round 40', kind: 'number', value: [35, 45] },
	{ text: 'Upwards of 60 families were sheltering in the school.', quote: 'Upwards of 60', kind: 'number', value: [61, null] },
	{ text: 'The fire destroyed in excess of 1,000 hectares of farmland.', quote: 'in excess of 1,000 hectares', kind: 'number', value: [1000, null] },
	{ text: 'No less than 15 vessels were diverted, the port authority said.', quote: 'No less than 15', kind: 'number', value: [15, null] },
	{ text: 'Turnout was just under 50 percent, officials said.', quote: 'just under 50', contains: true, kind: 'number', value: [0, 50] },
	{ text: 'Well over 300 people gathered at the square.', quote: 'Well over 300', contains: true, kind: 'number', value: [301, null] },
];

// ---------------------------------------------------------------------------
// Things that are not mentions of a kind (no mention of that kind may overlap)
// ---------------------------------------------------------------------------

const negatives: Negative[] = [
	{ text: 'The recall covers 2021-2023 models of both pickups.', quote: '2023', kind: 'number' },
	{ text: 'Crews put up a 40m mast beside the harbour wall.', quote: '40m', kind: 'number' },
	{ text: 'Mara Oduya won the city marathon in 2:05:12 on Sunday.', quote: '2:05:12', kind: 'time' },
	{ text: 'The station clock showed 14:05:30 when the quake hit.', quote: '14:05:30', kind: 'number' },
	// not dates: words that only begin like a month ("decided", "market", "mayor") or a direction word before no period
	{ text: 'The mayor decided the market would reopen, and this is final.', quote: 'mayor', kind: 'date' },
	{ text: 'The mayor decided the market would reopen, and this is final.', quote: 'decided', kind: 'date' },
	// not actors
	{ text: 'Witnesses said the blast shattered windows across the street.', quote: 'Witnesses', kind: 'actor' },
	{ text: 'Officials said the toll could rise as rescuers dig through the rubble.', quote: 'Officials', kind: 'actor' },
	{ text: 'Even so, the talks resumed on Thursday.', quote: 'Even so', kind: 'actor' },
	{ text: '© 2024 Example Media. All rights reserved.', quote: 'All rights reserved', kind: 'actor' },
	{ text: 'Wednesday’s strike came after three quieter days.', quote: 'Wednesday’s', kind: 'actor' },
	{ text: 'On Wednesday, militants fired rockets at the base.', quote: 'Wednesday', kind: 'actor' },
	{ text: 'January was the deadliest month for civilians.', quote: 'January', kind: 'actor' },
	{ text: 'Videos posted online showed a burning car.', quote: 'Videos', kind: 'actor' },
	{ text: 'Residents fled toward the coast as the shelling intensified.', quote: 'Residents', kind: 'actor' },
	{ text: 'Meanwhile, aid trucks waited at the border crossing.', quote: 'Meanwhile', kind: 'actor' },
	{ text: 'Iraqi officials condemned the strike as a violation.', quote: 'Iraqi', kind: 'actor' },
	{ text: 'Palestinians gathered to receive flour at the roundabout.', quote: 'Palestinians', kind: 'actor' },
	{ text: 'Read more: How the war reshaped the region.', quote: 'Read more', kind: 'actor' },
	{ text: 'Sign up for our morning newsletter.', quote: 'Sign up', kind: 'actor' },
	{ text: 'Still, the ministry said the border would stay closed.', quote: 'Still', kind: 'actor' },
	{ text: 'However, the statement gave no details about casualties.', quote: 'However', kind: 'actor' },
	{ text: 'According to the ministry, the building was empty.', quote: 'According', kind: 'actor' },
	{ text: 'Shiite militias have claimed dozens of attacks.', quote: 'Shiite', kind: 'actor' },
	{ text: 'Several rockets landed in open areas, the army said.', quote: 'Several', kind: 'actor' },
	{ text: 'Advertisement\nThe blast damaged nearby shops.', quote: 'Advertisement', kind: 'actor' },
	// not numbers
	{ text: 'The strikes were carried out by F-16s and drones.', quote: 'F-16s', kind: 'number' },
	{ text: 'Two F-15E jets took part in the operation.', quote: 'F-15E', kind: 'number' },
	{ text: 'The rocket hit Camp 17, a small supply base near the border.', quote: 'Camp 17', kind: 'number' },
	{ text: 'The leaked file has the hash 9b74c9897bac770ffc029102a200c5de.', quote: '9b74c9897bac770ffc029102a200c5de', kind: 'number' },
	{ text: 'The attack on Jan. 28, 2024, killed three soldiers.', quote: '2024', kind: 'number' },
	{ text: 'The ceasefire began on the 21st of November.', quote: '21st', kind: 'number' },
	{ text: 'The four-storey block on the corner was empty when it fell.', quote: 'four', kind: 'number' },
	{ text: 'A five-member panel will review the case.', quote: 'five', kind: 'number' },
	{ text: 'Updated 2024-02-07 14:05. The ministry has not commented.', quote: '2024-02-07', kind: 'number' },
	{ text: 'The 2020 drone strike killed a top Iranian general.', quote: '2020', kind: 'number' },
	{ text: 'The drone struck at 9:30 p.m. local time.', quote: '9:30', kind: 'number' },
	{ text: 'No one was hurt in the second attack, police said.', quote: 'one', kind: 'number' },
	{ text: 'An MQ-9 Reaper drone was shot down over Yemen.', quote: 'MQ-9', kind: 'number' },
	{ text: 'The law was passed after 9/11 by a large majority.', quote: '9/11', kind: 'number' },
	{ text: 'Hospitals filled up during the COVID-19 pandemic.', quote: 'COVID-19', kind: 'number' },
	{ text: 'Soldiers of the 3rd Infantry Division were deployed.', quote: '3rd', kind: 'number' },
	{ text: 'The militia grew rapidly in the 1990s and 2000s.', quote: '1990s', kind: 'number' },
	{ text: 'Investigators are still reconstructing the night of Jan. 27.', quote: '27', kind: 'number' },
	{ text: 'Iran shot down Ukraine International Airlines Flight 752 in 2020.', quote: '752', kind: 'number' },
	// not dates
	{ text: 'Former British Prime Minister Theresa May said the vote was a mistake.', quote: 'May', kind: 'date' },
	{ text: 'Officials warned the toll may rise further.', quote: 'may', kind: 'date' },
	{ text: 'The agency counted 2,024 damaged buildings.', quote: '2,024', kind: 'date' },
	{ text: 'The strike came at 21:30 local time (18:30 GMT) on Wednesday.', quote: '18:30 GMT', kind: 'date' },
	{ text: 'The strikes were carried out by F-16s and drones.', quote: 'F-16s', kind: 'date' },
	{ text: 'The gunman was caught about 20 minutes after the shooting.', quote: '20 minutes', kind: 'date' },
	{ text: 'About 2000 people marched to the square.', quote: '2000', kind: 'date' },
	{ text: 'The toll rose to 11 on Monday, officials said.', quote: '11', kind: 'date' },
	{ text: 'Volunteers logged 1500 hours of work at the shelter.', quote: '1500 hours', kind: 'time' },
	{ text: 'Officials met three days after the vote to count the ballots.', quote: 'three days after', kind: 'date' },
	{ text: 'The winner finished in 2:04:37, ahead of the favourite.', quote: '2:04:37', kind: 'time' },
	{ text: 'Flights resumed at 6am on Saturday after the storm.', quote: 'at 6am', kind: 'date' },
	{ text: 'date 2024-02-07\nOne week later, the search for survivors goes on\nCrews dug through the night.', quote: 'One week later', kind: 'date' },
	{ text: 'Fire crews were called at 1330 GMT to the depot.', quote: '1330', kind: 'number' },
];

// ---------------------------------------------------------------------------
// Datelines: the article's own date, when it gives one near the top
// ---------------------------------------------------------------------------

const datelines: { readonly text: string; readonly published: string | null }[] = [
	{ text: 'Feb 7, 2024\n\nA blast tore through a market in eastern Mosul on Wednesday.', published: '2024-02-07' },
	{ text: ' date 2024-02-07 \n\nThe Pentagon said the strike killed a commander.', published: '2024-02-07' },
	{ text: 'MOSUL, Feb. 7, 2024 — A blast tore through a market in the east of the city.', published: '2024-02-07' },
	{ text: 'Judge killed in Mosul car bombing\nPublished: February 8, 2024\nThe bomb went off late on Wednesday.', published: '2024-02-08' },
	{ text: 'Judge killed in Mosul car bombing\nLast updated 2024-02-09\nThe bomb went off late on Wednesday.', published: '2024-02-09' },
	{ text: 'A blast tore through a market in eastern Mosul on Wednesday, officials said.', published: null },
	{ text: 'Tripoli (AFP) March 4, 2023 - Floodwater cut the coast road near the port on Saturday, officials said.', published: '2023-03-04' },
	{ text: 'Aug 6, 2024 (Reuters) - Orvel Systems will cut about 1,200 jobs, a memo said.', published: '2024-08-06' },
	{ text: 'Kumasi, May 9, 2022: The roof of a market hall fell in during heavy rain on Monday, the fire service said.', published: '2022-05-09' },
	{ text: 'On May 9, 2022, the roof of a market hall fell in during heavy rain, the fire service said.', published: null },
	{ text: 'May 9, 2022 - The roof of a market hall fell in during heavy rain on Monday, the fire service said.', published: '2022-05-09' },
	{ text: 'Market roof falls in\n\nMay 09, 2022 10:40 PM IST\n\nThe roof of a market hall fell in during heavy rain on Monday, the fire service said.', published: '2022-05-09' },
	{ text: 'May 9, 2022 was the day the roof of a market hall fell in during heavy rain, the fire service said.', published: null },
	{ text: 'Market roof falls in\n\nStaff Reporter, City Desk | May 9, 2022\n\nThe roof of a market hall fell in during heavy rain on Monday, the fire service said.', published: '2022-05-09' },
	{ text: 'Market roof falls in\n\nBy Ama Owusu · May 9, 2022 10:40 PM\n\nThe roof of a market hall fell in during heavy rain on Monday.', published: '2022-05-09' },
	{ text: 'Market roof falls in\n\nTraders said it was fixed | by May 9, 2022 the hall should reopen\n\nNobody was hurt.', published: null },
	{ text: 'Market roof falls in\nThe roof of a market hall fell in on Monday.\nNobody was hurt, the fire service said.\nTraders were told to stay away.\nThe hall was built in 1961.\nRepairs will take months.\nThe mayor visited on Tuesday.\nPublished May 10, 2022', published: '2022-05-10' },
	{ text: 'Market roof falls in\nThe roof of a market hall fell in on Monday.\nNobody was hurt, the fire service said.\nTraders were told to stay away.\nThe hall was built in 1961.\nRepairs will take months.\nThe mayor visited on Tuesday.\nMay 10, 2022', published: '2022-05-10' },
	{ text: 'Market roof falls in\nThe roof of a market hall fell in on Monday.\nNobody was hurt, the fire service said.\nTraders were told to stay away.\nThe hall was built in 1961.\nRepairs will take months.\nThe hall is to reopen on June 1, 2022, the mayor said.', published: null },
];


suite('Extraction: dates, times and numbers', () => {
	caseSuites([
		['dates', dates],
		['times', times],
		['plain numbers', plainNumbers],
		['hedged numbers', hedgedNumbers],
	]);

	suite('datelines', () => {
		datelines.forEach((c, i) => {
			test(`Should read the dateline as ${c.published ?? 'absent'} in: ${short(c.text)} (#${i + 1})`, () => {
				assert.strictEqual(extractArticle(c.text).published?.value ?? null, c.published);
			});
		});
	});

	suite('datelines without a year', () => {
		const wire = 'KALVO, March 12 (Reuters) - A bus fell into a gorge near Kalvo and Tarnow on Tuesday, killing 20 people, police said.';
		const local = 'Kalvo, 14 March 2024 - The bus that fell into the gorge between Kalvo and Tarnow on Tuesday, March 12, was carrying 41 people, police said on Thursday.';

		test('Should read the day of a wire dateline without its year, and no publication date', () => {
			const x = extractArticle(wire);
			assert.strictEqual(x.published, null);
			assert.deepStrictEqual(x.datelineDay && [x.datelineDay.month, x.datelineDay.day], [3, 12]);
		});

		test('Should take the year for a dateline\'s own day from a dated article that shares a single name with it', () => {
			const wire2 = 'KALVO, March 12 (Reuters) - Gunmen seized 30 pupils from a school near Kalvo on Tuesday, a teacher said.';
			const local2 = 'Kalvo, 14 March 2024 - Parents gathered outside the school on Thursday, police said.';
			const refs = estimateReferences([{ uri: 'a', extraction: extractArticle(wire2) }, { uri: 'b', extraction: extractArticle(local2) }]);
			assert.strictEqual(dayIso(refs.get('a')!.day ?? 0), '2024-03-12');
		});

		test('Should put a dateline\'s own day in the year nearest the dated article it borrows from, across a new year', () => {
			const wire3 = 'KALVO, Dec. 30 (Reuters) - Floods cut the road to Kalvo on Saturday, police said.';
			const local3 = 'Kalvo, 2 January 2024 - The road to Kalvo reopened on Tuesday after the floods, police said.';
			const refs = estimateReferences([{ uri: 'a', extraction: extractArticle(wire3) }, { uri: 'b', extraction: extractArticle(local3) }]);
			assert.strictEqual(dayIso(refs.get('a')!.day ?? 0), '2023-12-30');
		});

		test('Should read a dateline of a date and an agency without a place', () => {
			const x = extractArticle('Aug 6 (Reuters) - Orvel Systems will cut about 1,200 jobs, a memo said.');
			assert.deepStrictEqual(x.datelineDay && [x.datelineDay.month, x.datelineDay.day], [8, 6]);
		});

		test('Should not take a date in a sentence for a dateline without a year', () => {
			assert.strictEqual(extractArticle('On March 12 a bus fell into a gorge near Kalvo, police said.').datelineDay, undefined);
			assert.strictEqual(extractArticle('Police said on March 12 - a Tuesday - that a bus fell into a gorge near Kalvo.').datelineDay, undefined);
		});

		test('Should date the article by its own day, in the year of the dated article it shares most with', () => {
			const refs = estimateReferences([{ uri: 'a', extraction: extractArticle(wire) }, { uri: 'b', extraction: extractArticle(local) }]);
			assert.deepStrictEqual(refs.get('a') && [dayIso(refs.get('a')!.day!), refs.get('a')!.borrowedFrom], ['2024-03-12', 'b']);
			assert.strictEqual(dayIso(refs.get('b')!.day!), '2024-03-14');
		});
	});

	suite('not mentions', () => negativeTests(negatives));

	suite('UTF-16 offsets', () => {
		test('Should keep actor spans exact after an emoji (surrogate pair)', () => {
			const text = '🔥 BREAKING: Hezbollah fired rockets at Haifa on Wednesday.';
			assertSpanOf(text, 'Hezbollah', 'actor');
			assertSpanOf(text, 'Haifa', 'actor');
		});
		test('Should keep number spans exact after several emoji', () => {
			assertSpanOf('🔥🔥🚨 At least 12 people were killed, medics said.', 'At least 12', 'number');
		});
		test('Should keep date spans exact after an emoji', () => {
			assertSpanOf('😢 The attack on Jan. 28 killed three soldiers.', 'Jan. 28', 'date');
		});
		test('Should keep spans exact after Arabic text', () => {
			const text = 'قال مسؤولون إن الهجوم وقع ليلاً. Hezbollah said 40 rockets were fired.';
			assertSpanOf(text, 'Hezbollah', 'actor');
			assertSpanOf(text, '40', 'number');
		});
		test('Should keep spans exact after an Arabic quotation inside an English sentence', () => {
			const text = 'Crowds chanted “قال مسؤولون” as Asaib Ahl al-Haq fighters marched through Baghdad.';
			assertSpanOf(text, 'Asaib Ahl al-Haq', 'actor');
			assertSpanOf(text, 'Baghdad', 'actor');
		});
		test('Should keep spans exact after CRLF line endings', () => {
			const text = 'Floods in Recife\r\n\r\nBy Staff Writer\r\n\r\nThe Health Ministry said on Feb. 6 that 85 homes were lost.\r\n';
			assertSpanOf(text, 'Health Ministry', 'actor');
			assertSpanOf(text, '85', 'number');
			assertSpanOf(text, 'Feb. 6', 'date');
		});
		test('Should keep time spans exact after emoji, Arabic and CRLF together', () => {
			const text = '🔥 عاجل\r\nقال مسؤولون\r\nThe blast came at 9:30 p.m. local time near Erbil.';
			const start = text.indexOf('9:30 p.m.');
			const m = extractArticle(text).mentions.find(x => x.kind === 'time');
			assert.ok(m, 'no time mention');
			assert.strictEqual(m.span.start, start);
			assert.ok(text.slice(m.span.start, m.span.end).startsWith('9:30 p.m.'), `time span "${text.slice(m.span.start, m.span.end)}"`);
			assertSpanOf(text, 'Erbil', 'actor');
		});
		test('Should keep spans exact after a lone CR and an emoji in the same line', () => {
			const text = 'Update\rThe Houthis 🚀 claimed nearly 240 attacks.';
			assertSpanOf(text, 'Houthis', 'actor');
			assertSpanOf(text, 'nearly 240', 'number');
		});
	});
});

