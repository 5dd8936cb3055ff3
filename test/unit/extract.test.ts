import * as assert from 'node:assert';
import { extractArticle } from '../../server/src/core/claims/extractArticle';
import { dayNumber, resolveDate } from '../../server/src/core/mentions/dateValues';
import type { ActorType, Mention, MentionKind, Span } from '../../server/src/core/types';

/**
 * Table-driven tests of the extraction layer on news phrasing written for
 * these tests (wire copy, broadcasters, blogs and machine-"spun" reposts).
 * Every row becomes its own test so each failure is visible on its own.
 * Expectations are what a careful reader of the news would mark up.
 */

/** One expected mention: the quote is found in the text, and a mention of `kind` must cover it. */
interface Case {
	readonly text: string;
	/** The words the mention should cover; by default its text must equal them exactly. */
	readonly quote: string;
	readonly kind: MentionKind;
	/** Which occurrence of `quote` in `text` is meant (0-based). */
	readonly at?: number;
	/** The mention's text may be wider than the quote (a preposition, a title, zone words). */
	readonly contains?: boolean;
	/** Actors: the type and the cleaned name. */
	readonly type?: ActorType;
	readonly name?: string;
	/** Actors: one alias the mention must declare. */
	readonly alias?: string;
	/** Numbers: the hard interval `[min, max]`, null for an open end. */
	readonly value?: readonly [number | null, number | null];
	/** Dates: the ISO value resolved against `ref`. */
	readonly date?: string;
	/** Dates: the reference day (`YYYY-MM-DD`); 2024-02-07, a Wednesday, unless given. */
	readonly ref?: string;
	/** Times: hour, minute and zone (several zones when more than one reading is right). */
	readonly time?: readonly [number, number, number | string | null | readonly (number | string)[]];
}

/** No mention of `kind` may overlap `quote`. */
interface Negative {
	readonly text: string;
	readonly quote: string;
	readonly kind: MentionKind;
	readonly at?: number;
}

const DEFAULT_REF = '2024-02-07';

// ---------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------

const people: Case[] = [
	{ text: 'PARIS (AP) — President Emmanuel Macron said Tuesday that France would send more air defense systems to Kyiv.', quote: 'Emmanuel Macron', contains: true, kind: 'actor', type: 'person', name: 'Emmanuel Macron' },
	{ text: 'Mr. Macron did not take questions from reporters after the speech.', quote: 'Macron', contains: true, kind: 'actor', type: 'person', name: 'Macron' },
	{ text: 'Lt. Col. Jane R. Doe, a spokeswoman for the brigade, declined to comment on the investigation.', quote: 'Jane R. Doe', contains: true, kind: 'actor', type: 'person', name: 'Jane R. Doe' },
	{ text: 'Maj. Gen. Patrick Ryder told reporters that the review was still under way.', quote: 'Patrick Ryder', contains: true, kind: 'actor', type: 'person', name: 'Patrick Ryder' },
	{ text: 'Police named the second victim as Hamid Jassim al-Mansouri, a 52-year-old trader from the market district.', quote: 'Hamid Jassim al-Mansouri', kind: 'actor', type: 'person', name: 'Hamid Jassim al-Mansouri' },
	{ text: 'The strike killed Abu Hussein al-Zubaidi, a senior commander, two security officials said.', quote: 'Abu Hussein al-Zubaidi', kind: 'actor', type: 'person', name: 'Abu Hussein al-Zubaidi' },
	{ text: 'The delegation was received by Crown Prince Mohammed bin Salman at his palace late on Sunday.', quote: 'Mohammed bin Salman', contains: true, kind: 'actor', type: 'person', name: 'Mohammed bin Salman' },
	{ text: 'Saudi Crown Prince Mohammed bin Salman met the delegation in Riyadh.', quote: 'Mohammed bin Salman', contains: true, kind: 'actor', type: 'person', name: 'Mohammed bin Salman' },
	{ text: 'The militia confirmed the death of Jawad Kadhim “Abu Ali” al-Tamimi in the raid.', quote: 'Jawad Kadhim “Abu Ali” al-Tamimi', kind: 'actor', type: 'person', name: 'Jawad Kadhim al-Tamimi', alias: 'Abu Ali al-Tamimi' },
	{ text: 'A commander, Karim "Abu Mahdi" al-Sudani, was wounded, the group said in a statement.', quote: 'Karim "Abu Mahdi" al-Sudani', kind: 'actor', type: 'person', name: 'Karim al-Sudani', alias: 'Abu Mahdi al-Sudani' },
	{ text: 'Defense Secretary Lloyd J. Austin III said the United States would respond at a time of its choosing.', quote: 'Lloyd J. Austin', contains: true, kind: 'actor', type: 'person' },
	{ text: 'Sen. Lindsey Graham called the administration’s response weak and late.', quote: 'Lindsey Graham', contains: true, kind: 'actor', type: 'person', name: 'Lindsey Graham' },
	{ text: 'Israeli Prime Minister Benjamin Netanyahu rejected the proposal in a statement issued by his office.', quote: 'Benjamin Netanyahu', contains: true, kind: 'actor', type: 'person', name: 'Benjamin Netanyahu' },
	{ text: 'Hezbollah leader Hassan Nasrallah said in a televised speech that the group would not be dragged into a wider war.', quote: 'Hassan Nasrallah', kind: 'actor', type: 'person', name: 'Hassan Nasrallah' },
	{ text: 'Ayatollah Ali Khamenei, Iran’s supreme leader, praised the attack on his website.', quote: 'Ali Khamenei', contains: true, kind: 'actor', type: 'person', name: 'Ali Khamenei' },
	{ text: 'Sheikh Qais al-Khazali, who heads the militia, warned that U.S. bases would be targeted.', quote: 'Qais al-Khazali', contains: true, kind: 'actor', type: 'person', name: 'Qais al-Khazali' },
	{ text: 'Secretary of State Antony Blinken arrived in Cairo on Monday for talks on a truce.', quote: 'Antony Blinken', contains: true, kind: 'actor', type: 'person', name: 'Antony Blinken' },
	{ text: 'Ukrainian President Volodymyr Zelenskyy thanked Congress for the vote.', quote: 'Volodymyr Zelenskyy', contains: true, kind: 'actor', type: 'person', name: 'Volodymyr Zelenskyy' },
	{ text: 'BERLIN (Reuters) - Chancellor Olaf Scholz said Germany would not send the missiles.', quote: 'Olaf Scholz', contains: true, kind: 'actor', type: 'person', name: 'Olaf Scholz' },
	{ text: 'President Joe Biden’s national security team met on Sunday in the Situation Room.', quote: 'Joe Biden', contains: true, kind: 'actor', type: 'person', name: 'Joe Biden' },
	{ text: 'President Joe Biden’s team met on Sunday. Biden later spoke by phone with the king of Jordan.', quote: 'Biden', at: 1, kind: 'actor', type: 'person', name: 'Biden' },
	{ text: '“We will not be intimidated,” said Brig. Gen. Yehia Rasool, a military spokesman.', quote: 'Yehia Rasool', contains: true, kind: 'actor', type: 'person', name: 'Yehia Rasool' },
	{ text: 'So yeah, Tucker Carlson interviewed Vladimir Putin and everyone lost their minds.', quote: 'Tucker Carlson', kind: 'actor', type: 'person', name: 'Tucker Carlson' },
	{ text: 'So yeah, Tucker Carlson interviewed Vladimir Putin and everyone lost their minds.', quote: 'Vladimir Putin', kind: 'actor', type: 'person', name: 'Vladimir Putin' },
	{ text: 'CNN’s Jake Tapper pressed the senator on the timeline during Sunday’s broadcast.', quote: 'Jake Tapper', kind: 'actor', type: 'person', name: 'Jake Tapper' },
	{ text: 'Pope Francis called for an immediate ceasefire during his weekly address.', quote: 'Francis', contains: true, kind: 'actor', type: 'person', name: 'Francis' },
	{ text: 'Gen. Michael Erik Kurilla, who leads the command, visited the base last month.', quote: 'Michael Erik Kurilla', contains: true, kind: 'actor', type: 'person', name: 'Michael Erik Kurilla' },
	{ text: 'Mourners carried the coffin of Abu Mahdi al-Muhandis through the streets.', quote: 'Abu Mahdi al-Muhandis', kind: 'actor', type: 'person', name: 'Abu Mahdi al-Muhandis' },
	{ text: 'Iraqi Prime Minister Mohammed Shia al-Sudani condemned what he called a violation of sovereignty.', quote: 'Mohammed Shia al-Sudani', contains: true, kind: 'actor', type: 'person', name: 'Mohammed Shia al-Sudani' },
	{ text: 'Linda Thomas-Greenfield, the U.S. ambassador, vetoed the resolution.', quote: 'Linda Thomas-Greenfield', kind: 'actor', type: 'person', name: 'Linda Thomas-Greenfield' },
	{ text: 'Ms. Thomas-Greenfield said the text ignored the hostages.', quote: 'Thomas-Greenfield', contains: true, kind: 'actor', type: 'person', name: 'Thomas-Greenfield' },
	{ text: 'The Houthi leader, Abdul-Malik al-Houthi, vowed to keep attacking ships.', quote: 'Abdul-Malik al-Houthi', kind: 'actor', type: 'person', name: 'Abdul-Malik al-Houthi' },
	{ text: 'Dr. Ghassan Abu-Sittah, a surgeon who worked in the hospital, described the scene.', quote: 'Ghassan Abu-Sittah', contains: true, kind: 'actor', type: 'person', name: 'Ghassan Abu-Sittah' },
	{ text: 'Former British Prime Minister Theresa May said the vote was a mistake.', quote: 'Theresa May', contains: true, kind: 'actor', type: 'person', name: 'Theresa May' },
	{ text: 'Commander Falih al-Fayyadh stated the convoy was not carrying weapons.', quote: 'Falih al-Fayyadh', contains: true, kind: 'actor', type: 'person', name: 'Falih al-Fayyadh' },
	{ text: 'Hamas political chief Ismail Haniyeh was in Doha at the time, the group said.', quote: 'Ismail Haniyeh', kind: 'actor', type: 'person', name: 'Ismail Haniyeh' },
	{ text: 'Spokesperson Matthew Miller told the daily briefing that talks were continuing.', quote: 'Matthew Miller', contains: true, kind: 'actor', type: 'person', name: 'Matthew Miller' },
	{ text: 'Air Force Brig. Gen. Pat Ryder stated that the officers were treated for minor injuries.', quote: 'Pat Ryder', contains: true, kind: 'actor', type: 'person', name: 'Pat Ryder' },
	{ text: 'King Abdullah II of Jordan met the delegation at the royal palace.', quote: 'Abdullah II', contains: true, kind: 'actor', type: 'person', name: 'Abdullah II' },
	{ text: 'Witnesses said Ahmed Saleh al-Obeidi, a shop owner, was among the dead.', quote: 'Ahmed Saleh al-Obeidi', kind: 'actor', type: 'person', name: 'Ahmed Saleh al-Obeidi' },
	{ text: 'NBC News’ Andrea Mitchell reported that the talks had stalled.', quote: 'Andrea Mitchell', kind: 'actor', type: 'person', name: 'Andrea Mitchell' },
	{ text: 'Kirby’s remarks came hours after the strike, which John Kirby described as “proportionate.”', quote: 'John Kirby', kind: 'actor', type: 'person', name: 'John Kirby' },
];

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------

const organizations: Case[] = [
	{ text: 'WASHINGTON (AP) — The Pentagon said the strike was carried out in self-defense.', quote: 'Pentagon', kind: 'actor', type: 'organization', name: 'Pentagon' },
	{ text: 'U.S. Central Command said in a statement that no American forces were hurt.', quote: 'U.S. Central Command', kind: 'actor', type: 'organization', name: 'U.S. Central Command' },
	{ text: 'Two security sources told Reuters the convoy was hit shortly after dusk.', quote: 'Reuters', kind: 'actor', type: 'organization', name: 'Reuters' },
	{ text: 'Iraq’s Ministry of Defense said an investigation had been opened.', quote: 'Ministry of Defense', kind: 'actor', type: 'organization', name: 'Ministry of Defense' },
	{ text: 'The Defense Ministry said its air defenses intercepted the drones.', quote: 'Defense Ministry', kind: 'actor', type: 'organization', name: 'Defense Ministry' },
	{ text: 'The attack was blamed on the Islamic Revolutionary Guard Corps by officials in Washington.', quote: 'Islamic Revolutionary Guard Corps', kind: 'actor', type: 'organization' },
	{ text: 'A spokesman for the State Department declined to comment.', quote: 'State Department', kind: 'actor', type: 'organization', name: 'State Department' },
	{ text: 'The White House said the president had been briefed.', quote: 'White House', kind: 'actor', type: 'organization', name: 'White House' },
	{ text: 'The United Nations warned that famine was imminent in the north.', quote: 'United Nations', kind: 'actor', type: 'organization', name: 'United Nations' },
	{ text: 'The World Health Organization said the hospital was no longer functioning.', quote: 'World Health Organization', kind: 'actor', type: 'organization', name: 'World Health Organization' },
	{ text: 'The footage could not be independently verified by The Associated Press.', quote: 'Associated Press', kind: 'actor', type: 'organization' },
	{ text: 'Speaking to Al Jazeera, the minister denied that talks had collapsed.', quote: 'Al Jazeera', kind: 'actor', type: 'organization', name: 'Al Jazeera' },
	{ text: 'The Israel Defense Forces said three soldiers were wounded.', quote: 'Israel Defense Forces', kind: 'actor', type: 'organization', name: 'Israel Defense Forces' },
	{ text: 'The IDF said it had struck dozens of targets overnight.', quote: 'IDF', kind: 'actor', type: 'organization', name: 'IDF' },
	{ text: 'NATO allies met in Brussels to discuss the request.', quote: 'NATO', kind: 'actor', type: 'organization', name: 'NATO' },
	{ text: 'Ministers from the European Union agreed on a new package of sanctions.', quote: 'European Union', kind: 'actor', type: 'organization', name: 'European Union' },
	{ text: 'According to the Syrian Observatory for Human Rights, the strikes killed fighters from several groups.', quote: 'Syrian Observatory for Human Rights', kind: 'actor', type: 'organization' },
	{ text: 'Human Rights Watch said the attack may amount to a war crime.', quote: 'Human Rights Watch', kind: 'actor', type: 'organization', name: 'Human Rights Watch' },
	{ text: 'The report by Amnesty International documented the use of cluster munitions.', quote: 'Amnesty International', kind: 'actor', type: 'organization', name: 'Amnesty International' },
	{ text: 'Iran’s semi-official Tasnim news agency said the commander was killed.', quote: 'Tasnim', kind: 'actor', type: 'organization', name: 'Tasnim' },
	{ text: 'In an interview with CBS News, the general said more troops were not needed.', quote: 'CBS News', kind: 'actor', type: 'organization', name: 'CBS News' },
	{ text: 'Officials at the Ministry of Health in Gaza said the toll had risen again.', quote: 'Ministry of Health', kind: 'actor', type: 'organization', name: 'Ministry of Health' },
	{ text: 'The Kurdistan Regional Government condemned the attack on Erbil.', quote: 'Kurdistan Regional Government', kind: 'actor', type: 'organization', name: 'Kurdistan Regional Government' },
	{ text: 'The New York Times first reported the decision on Friday.', quote: 'New York Times', contains: true, kind: 'actor', type: 'organization' },
	{ text: 'The U.N. Security Council will meet on Friday at Russia’s request.', quote: 'Security Council', contains: true, kind: 'actor', type: 'organization' },
	{ text: 'CENTCOM said the vessel was not damaged and no injuries were reported.', quote: 'CENTCOM', kind: 'actor', type: 'organization', name: 'CENTCOM' },
	{ text: 'The Iraqi Security Media Cell said three drones were shot down.', quote: 'Security Media Cell', contains: true, kind: 'actor', type: 'organization' },
	{ text: 'Air Force Brig. Gen. Pat Ryder stated that the officers were treated for minor injuries.', quote: 'Air Force', kind: 'actor', type: 'organization', name: 'Air Force' },
	{ text: 'Reuters could not independently verify the footage.', quote: 'Reuters', kind: 'actor', type: 'organization', name: 'Reuters' },
	{ text: 'The Pentagon’s press secretary said the review would take weeks.', quote: 'Pentagon', kind: 'actor', type: 'organization', name: 'Pentagon' },
	{ text: 'Officers from the Metropolitan Police arrested two men in east London.', quote: 'Metropolitan Police', kind: 'actor', type: 'organization', name: 'Metropolitan Police' },
];

// ---------------------------------------------------------------------------
// Armed and political groups
// ---------------------------------------------------------------------------

const groups: Case[] = [
	{ text: 'BEIRUT (AP) — Hezbollah fired a barrage of rockets at northern Israel, the militant group said.', quote: 'Hezbollah', kind: 'actor', type: 'group', name: 'Hezbollah' },
	{ text: 'The Houthis claimed responsibility for the attack on the tanker.', quote: 'Houthis', kind: 'actor', type: 'group', name: 'Houthis' },
	{ text: 'A statement by Kataib Sayyid al-Shuhada denied any role in the attack.', quote: 'Kataib Sayyid al-Shuhada', kind: 'actor', type: 'group', name: 'Kataib Sayyid al-Shuhada' },
	{ text: 'Fighters loyal to Asaib Ahl al-Haq were deployed around the ministry.', quote: 'Asaib Ahl al-Haq', kind: 'actor', type: 'group', name: 'Asaib Ahl al-Haq' },
	{ text: 'Harakat Hezbollah al-Nujaba said it would continue its operations.', quote: 'Harakat Hezbollah al-Nujaba', kind: 'actor', type: 'group', name: 'Harakat Hezbollah al-Nujaba' },
	{ text: 'Hamas said the proposal did not meet its demands.', quote: 'Hamas', kind: 'actor', type: 'group', name: 'Hamas' },
	{ text: 'The Islamic Resistance in Iraq claimed the drone attack on the base.', quote: 'Islamic Resistance in Iraq', kind: 'actor', type: 'group' },
	{ text: 'The Taliban have banned girls from secondary schools.', quote: 'Taliban', kind: 'actor', type: 'group', name: 'Taliban' },
	{ text: 'Raids against the Islamic State group continued in the desert.', quote: 'Islamic State', kind: 'actor', type: 'group', name: 'Islamic State' },
	{ text: 'The cell was linked to an al-Qaeda affiliate, prosecutors said.', quote: 'al-Qaeda', kind: 'actor', type: 'group', name: 'al-Qaeda' },
	{ text: 'Somalia’s al-Shabab militants stormed the hotel on Friday night.', quote: 'al-Shabab', kind: 'actor', type: 'group', name: 'al-Shabab' },
	{ text: 'Boko Haram abducted dozens of students from a school in the northeast.', quote: 'Boko Haram', kind: 'actor', type: 'group', name: 'Boko Haram' },
	{ text: 'Mercenaries from the Wagner group were seen near the mine.', quote: 'Wagner', kind: 'actor', type: 'group', name: 'Wagner' },
	{ text: 'Turkish jets struck positions of the PKK in northern Iraq.', quote: 'PKK', kind: 'actor', type: 'group', name: 'PKK' },
	{ text: 'Jaish al-Adl claimed the attack on the border post.', quote: 'Jaish al-Adl', kind: 'actor', type: 'group', name: 'Jaish al-Adl' },
	{ text: 'Ansar Allah, as the movement calls itself, announced new targets.', quote: 'Ansar Allah', kind: 'actor', type: 'group', name: 'Ansar Allah' },
	{ text: 'Palestinian Islamic Jihad said two of its fighters were killed.', quote: 'Islamic Jihad', contains: true, kind: 'actor', type: 'group' },
	{ text: 'The al-Aqsa Martyrs Brigades claimed the shooting near the checkpoint.', quote: 'al-Aqsa Martyrs Brigades', kind: 'actor', type: 'group' },
	{ text: 'Hayat Tahrir al-Sham controls most of Idlib province.', quote: 'Hayat Tahrir al-Sham', kind: 'actor', type: 'group', name: 'Hayat Tahrir al-Sham' },
	{ text: 'Yemen’s Houthi rebels fired a missile at the destroyer.', quote: 'Houthi', kind: 'actor', type: 'group', name: 'Houthi' },
	{ text: 'Kataeb Hezbollah announced a suspension of its attacks.', quote: 'Kataeb Hezbollah', kind: 'actor', type: 'group', name: 'Kataeb Hezbollah' },
	{ text: 'Officers stated Hizballah operatives had crossed the line.', quote: 'Hizballah', kind: 'actor', type: 'group', name: 'Hizballah' },
];

// ---------------------------------------------------------------------------
// States
// ---------------------------------------------------------------------------

const states: Case[] = [
	{ text: 'The drones were launched from Iraq, according to the statement.', quote: 'Iraq', kind: 'actor', type: 'state', name: 'Iraq' },
	{ text: 'Officials blamed Iran for arming the militias.', quote: 'Iran', kind: 'actor', type: 'state', name: 'Iran' },
	{ text: 'The base lies near the border between Syria and Jordan.', quote: 'Syria', kind: 'actor', type: 'state', name: 'Syria' },
	{ text: 'The base lies near the border between Syria and Jordan.', quote: 'Jordan', kind: 'actor', type: 'state', name: 'Jordan' },
	{ text: 'The United States has about 2,500 troops in the country.', quote: 'United States', kind: 'actor', type: 'state', name: 'United States' },
	{ text: 'Britain and the United States carried out the strikes jointly.', quote: 'Britain', kind: 'actor', type: 'state', name: 'Britain' },
	{ text: 'Russia vetoed the draft, while China abstained.', quote: 'China', kind: 'actor', type: 'state', name: 'China' },
	{ text: 'Lebanon’s caretaker government called for restraint.', quote: 'Lebanon', kind: 'actor', type: 'state', name: 'Lebanon' },
	{ text: 'Shipping through the strait off Yemen has fallen sharply.', quote: 'Yemen', kind: 'actor', type: 'state', name: 'Yemen' },
	{ text: 'Talks mediated by Qatar and Egypt resumed after a pause.', quote: 'Qatar', kind: 'actor', type: 'state', name: 'Qatar' },
	{ text: 'The deal was brokered by Saudi Arabia last spring.', quote: 'Saudi Arabia', kind: 'actor', type: 'state', name: 'Saudi Arabia' },
	{ text: 'The United Arab Emirates recalled its ambassador.', quote: 'United Arab Emirates', kind: 'actor', type: 'state', name: 'United Arab Emirates' },
	{ text: 'A U.S. official said the strike was retaliation.', quote: 'U.S.', kind: 'actor', type: 'state' },
	{ text: 'Ukraine said it shot down 23 drones overnight.', quote: 'Ukraine', kind: 'actor', type: 'state', name: 'Ukraine' },
];

// ---------------------------------------------------------------------------
// Cities, neighbourhoods and sites
// ---------------------------------------------------------------------------

const places: Case[] = [
	{ text: 'BEIRUT (AP) — An explosion shook the southern suburbs late on Tuesday.', quote: 'BEIRUT', kind: 'actor', type: 'place' },
	{ text: 'BAGHDAD (Reuters) - A drone struck a car in the east of the city.', quote: 'BAGHDAD', kind: 'actor', type: 'place' },
	{ text: 'BAGHDAD (Reuters) - A drone struck a car in the east of the city.', quote: 'Reuters', kind: 'actor', type: 'organization', name: 'Reuters' },
	{ text: 'JERUSALEM — The cabinet met late into the night to debate the offer.', quote: 'JERUSALEM', kind: 'actor', type: 'place' },
	{ text: 'Protesters gathered outside the embassy in Baghdad on Thursday.', quote: 'Baghdad', kind: 'actor', type: 'place', name: 'Baghdad' },
	{ text: 'Two drones were shot down over Erbil overnight, Kurdish officials said.', quote: 'Erbil', kind: 'actor', type: 'place', name: 'Erbil' },
	{ text: 'The convoy left Damascus before dawn.', quote: 'Damascus', kind: 'actor', type: 'place', name: 'Damascus' },
	{ text: 'Sirens sounded in Tel Aviv shortly after midnight.', quote: 'Tel Aviv', kind: 'actor', type: 'place', name: 'Tel Aviv' },
	{ text: 'The car was hit in the Karrada neighborhood as traffic was heavy.', quote: 'Karrada', kind: 'actor', type: 'place', name: 'Karrada' },
	{ text: 'Residents of the Zaytoun neighbourhood said the bombardment lasted hours.', quote: 'Zaytoun', kind: 'actor', type: 'place', name: 'Zaytoun' },
	{ text: 'The blast hit a building in the Qasimiya district of the capital.', quote: 'Qasimiya', kind: 'actor', type: 'place', name: 'Qasimiya' },
	{ text: 'Fighting continued around the Shujaiya neighborhood for a third day.', quote: 'Shujaiya', kind: 'actor', type: 'place', name: 'Shujaiya' },
	{ text: 'A rocket landed near the Baladiyat neighborhood, police said.', quote: 'Baladiyat', kind: 'actor', type: 'place', name: 'Baladiyat' },
	{ text: 'The drone hit Tower 22, a small logistics base near the border.', quote: 'Tower 22', kind: 'actor', type: 'place', name: 'Tower 22' },
	{ text: 'Rockets were fired at Ain al-Asad Air Base in western Iraq.', quote: 'Ain al-Asad Air Base', kind: 'actor', type: 'place' },
	{ text: 'Container ships have avoided the Red Sea since the attacks began.', quote: 'Red Sea', kind: 'actor', type: 'place', name: 'Red Sea' },
	{ text: 'The tanker was hit in the Gulf of Aden, the company said.', quote: 'Gulf of Aden', kind: 'actor', type: 'place', name: 'Gulf of Aden' },
	{ text: 'Iran threatened to close the Strait of Hormuz.', quote: 'Strait of Hormuz', kind: 'actor', type: 'place', name: 'Strait of Hormuz' },
	{ text: 'Settler violence in the West Bank has risen, the report found.', quote: 'West Bank', kind: 'actor', type: 'place', name: 'West Bank' },
	{ text: 'Aid deliveries to the Gaza Strip fell again in January.', quote: 'Gaza Strip', kind: 'actor', type: 'place', name: 'Gaza Strip' },
	{ text: 'The raid took place in Anbar province, near the Syrian border.', quote: 'Anbar', kind: 'actor', type: 'place', name: 'Anbar' },
	{ text: 'Crowds were seen at the Bab al-Hawa crossing on Saturday.', quote: 'Bab al-Hawa', contains: true, kind: 'actor', type: 'place' },
	{ text: 'The strikes hit targets in Jurf al-Sakhar, south of the capital.', quote: 'Jurf al-Sakhar', kind: 'actor', type: 'place', name: 'Jurf al-Sakhar' },
	{ text: 'The jets struck near the border town of al-Qaim.', quote: 'al-Qaim', kind: 'actor', type: 'place', name: 'al-Qaim' },
	{ text: 'Russian forces pressed their assault on the eastern town of Avdiivka.', quote: 'Avdiivka', kind: 'actor', type: 'place', name: 'Avdiivka' },
	{ text: 'Officials at the Ministry of Health in Gaza said the toll had risen again.', quote: 'Gaza', kind: 'actor', type: 'place', name: 'Gaza' },
	{ text: 'Tensions across the Middle East have risen sharply since October.', quote: 'Middle East', kind: 'actor', type: 'place', name: 'Middle East' },
	{ text: 'An airstrike in the Iraqi capital killed a senior commander.', quote: 'Iraqi capital', kind: 'actor', type: 'place', name: 'Baghdad' },
	{ text: 'Troops withdrew from Khan Younis after a weeks-long operation.', quote: 'Khan Younis', kind: 'actor', type: 'place', name: 'Khan Younis' },
	{ text: 'Rescuers worked through the night in the Dahiyeh suburb.', quote: 'Dahiyeh', kind: 'actor', type: 'place', name: 'Dahiyeh' },
	{ text: 'Fighting was reported in Diyala Province on Sunday.', quote: 'Diyala Province', kind: 'actor', type: 'place' },
	{ text: 'Camp Lemonnier hosts several thousand U.S. personnel.', quote: 'Camp Lemonnier', kind: 'actor', type: 'place', name: 'Camp Lemonnier' },
	{ text: 'Officers stated the blast was felt throughout native neighborhoods of Mosul.', quote: 'Mosul', kind: 'actor', type: 'place', name: 'Mosul' },
];

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
	{ text: 'A drone strike on Wednesday killed a commander in Baghdad.', quote: 'Wednesday', contains: true, kind: 'date', date: '2024-02-07' },
	{ text: 'The strike came on Wednesday, officials said.', quote: 'Wednesday', kind: 'date', date: '2024-02-07' },
	{ text: 'Explosions were heard across the city Wednesday night.', quote: 'Wednesday', contains: true, kind: 'date', date: '2024-02-07' },
	{ text: 'The ministry said on Monday that the talks had stalled.', quote: 'Monday', contains: true, kind: 'date', date: '2024-02-05' },
	{ text: 'The U.S. struck 85 targets last Friday, officials said.', quote: 'Friday', contains: true, kind: 'date', date: '2024-02-02' },
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
	{ text: 'Soleimani was killed in a U.S. strike on Jan. 3, 2020, at Baghdad airport.', quote: 'Jan. 3, 2020', kind: 'date', date: '2020-01-03' },
	{ text: 'Investigators are still reconstructing the night of Jan. 27.', quote: 'Jan. 27', kind: 'date', date: '2024-01-27' },
	{ text: 'The pipeline was bombed four months ago, engineers said.', quote: 'four months ago', kind: 'date', date: '2023-10' },
	{ text: 'The sanctions took effect in January 2024.', quote: 'January 2024', kind: 'date', date: '2024-01' },
	{ text: 'The ministry said on Tuesday, February 6, that the crossing was closed.', quote: 'February 6', contains: true, kind: 'date', date: '2024-02-06' },
	{ text: 'The group had threatened retaliation the previous month.', quote: 'previous month', contains: true, kind: 'date', date: '2024-01' },
	{ text: 'On Sunday, the militia announced it would suspend attacks.', quote: 'Sunday', contains: true, kind: 'date', date: '2024-01-28', ref: '2024-01-30' },
	{ text: 'He was detained in the 1991 uprising and released years later.', quote: '1991', kind: 'date', date: '1991' },
	{ text: 'A week ago, the group said it had stopped its attacks.', quote: 'week ago', contains: true, kind: 'date', date: '2024-01-29/2024-02-04' },
	{ text: 'Feb 7, 2024\nThe strike hit a car in eastern Baghdad.', quote: 'Feb 7, 2024', kind: 'date', date: '2024-02-07' },
	{ text: 'The ceasefire began on the 21st of November and collapsed a week later.', quote: '21st of November', kind: 'date', date: '2023-11-21' },
	{ text: 'The bridge was destroyed on 12 December 2023, satellite images showed.', quote: '12 December 2023', kind: 'date', date: '2023-12-12' },
];

// ---------------------------------------------------------------------------
// Times of day with their zones
// ---------------------------------------------------------------------------

const times: Case[] = [
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
];

// ---------------------------------------------------------------------------
// Numbers: plain counts
// ---------------------------------------------------------------------------

const plainNumbers: Case[] = [
	{ text: 'The attack killed three U.S. service members and wounded dozens.', quote: 'three', kind: 'number', value: [3, 3] },
	{ text: 'The blast wounded 47 people, the civil defense said.', quote: '47', kind: 'number', value: [47, 47] },
	{ text: 'Some camps now shelter 27,000 people, aid groups say.', quote: '27,000', kind: 'number', value: [27000, 27000] },
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
	{ text: 'Unemployment rose to 12 percent last quarter.', quote: '12', kind: 'number', value: [12, 12] },
	{ text: 'The militia fired eleven rockets at the embassy compound.', quote: 'eleven', kind: 'number', value: [11, 11] },
	{ text: 'More than 1.5 million people have fled to the south.', quote: '1.5 million', contains: true, kind: 'number', value: [1500001, null] },
	{ text: 'Gunmen killed one hundred and twenty villagers in the raid.', quote: 'one hundred and twenty', kind: 'number', value: [120, 120] },
	{ text: 'A thousand people marched to the parliament on Friday.', quote: 'thousand', contains: true, kind: 'number', value: [1000, 1000] },
	{ text: 'The army said two dozen militants were captured.', quote: 'two dozen', kind: 'number', value: [24, 24] },
	{ text: 'U.S. forces struck 85 targets in Iraq and Syria.', quote: '85', kind: 'number', value: [85, 85] },
	{ text: 'The ship carried 21 crew members, the operator said.', quote: '21', kind: 'number', value: [21, 21] },
	{ text: 'A dozen ambulances waited at the crossing.', quote: 'dozen', contains: true, kind: 'number', value: [12, 12] },
	{ text: 'The strikes hit 36 command centers, storage sites and other facilities.', quote: '36', kind: 'number', value: [36, 36] },
	{ text: 'Thirty-four service members were treated for brain injuries.', quote: 'Thirty-four', kind: 'number', value: [34, 34] },
	{ text: 'The aid package includes 60 million euros for shelters.', quote: '60 million', kind: 'number', value: [60000000, 60000000] },
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
	{ text: 'The militias have carried out nearly 170 attacks on U.S. forces.', quote: 'nearly 170', kind: 'number', value: [153, 169] },
	{ text: 'The militias have carried out practically 170 assaults on U.S. forces.', quote: 'practically 170', kind: 'number', value: [153, 169] },
	{ text: 'The shelling killed almost 50 people in two days.', quote: 'almost 50', kind: 'number', value: [45, 49] },
	{ text: 'Close to 300 families were evacuated from the village.', quote: 'Close to 300', kind: 'number', value: [270, 299] },
	{ text: 'About 40 people were wounded, a hospital director said.', quote: 'About 40', kind: 'number', value: [35, 45] },
	{ text: 'Approximately 60 fighters were captured, the army said.', quote: 'Approximately 60', kind: 'number', value: [54, 66] },
	{ text: 'The ship was carrying around 150 containers.', quote: 'around 150', kind: 'number', value: [135, 165] },
	{ text: 'Roughly 12 trucks crossed into the territory on Monday.', quote: 'Roughly 12', kind: 'number', value: [11, 13] },
	{ text: 'The group fired some 30 rockets at the base.', quote: 'some 30', kind: 'number', value: [27, 33] },
	{ text: 'An estimated 2,000 people have been displaced, the UN said.', quote: 'An estimated 2,000', kind: 'number', value: [1750, 2250] },
	{ text: 'Fewer than 10 trucks entered the territory on Tuesday.', quote: 'Fewer than 10', kind: 'number', value: [null, 9] },
	{ text: 'Less than 5 percent of the aid reached the north.', quote: 'Less than 5', kind: 'number', value: [null, 4] },
	{ text: 'The camp can house up to 5,000 people.', quote: 'up to 5,000', kind: 'number', value: [null, 5000] },
	{ text: 'As many as 30 people may be trapped under the rubble.', quote: 'As many as 30', kind: 'number', value: [null, 30] },
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
	{ text: 'More than 25,000 people have been killed, the ministry said.', quote: 'More than 25,000', kind: 'number', value: [25001, null] },
	{ text: 'At least 1.2 million people are displaced inside the country.', quote: 'At least 1.2 million', kind: 'number', value: [1200000, null] },
	{ text: 'Approximately 20 drones were launched at the ships.', quote: 'Approximately 20', kind: 'number', value: [17, 23] },
	{ text: 'The militia has claimed over 160 attacks since mid-October.', quote: 'over 160', kind: 'number', value: [161, null] },
	{ text: 'A minimum of 9 people died, officers stated.', quote: 'A minimum of 9', kind: 'number', value: [9, null] },
	{ text: 'As many as 2,500 troops remain in the country.', quote: 'As many as 2,500', kind: 'number', value: [null, 2500] },
	{ text: 'Officials said roughly 7 people were rescued from the rubble.', quote: 'roughly 7', kind: 'number', value: [6, 8] },
	{ text: 'The blast injured round 40 individuals, officers stated.', quote: 'round 40', kind: 'number', value: [35, 45] },
	{ text: 'Upwards of 60 families were sheltering in the school.', quote: 'Upwards of 60', kind: 'number', value: [61, null] },
	{ text: 'The fire destroyed in excess of 1,000 hectares of farmland.', quote: 'in excess of 1,000', kind: 'number', value: [1001, null] },
	{ text: 'No less than 15 vessels were diverted, the port authority said.', quote: 'No less than 15', kind: 'number', value: [15, null] },
	{ text: 'Turnout was just under 50 percent, officials said.', quote: 'just under 50', contains: true, kind: 'number', value: [null, 49] },
	{ text: 'Well over 300 people gathered at the square.', quote: 'Well over 300', contains: true, kind: 'number', value: [301, null] },
];

// ---------------------------------------------------------------------------
// Things that are not mentions of a kind (no mention of that kind may overlap)
// ---------------------------------------------------------------------------

const negatives: Negative[] = [
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
	{ text: 'The drone hit Tower 22, a small logistics base near the border.', quote: 'Tower 22', kind: 'number' },
	{ text: 'The leaked file has the hash 9b74c9897bac770ffc029102a200c5de.', quote: '9b74c9897bac770ffc029102a200c5de', kind: 'number' },
	{ text: 'The attack on Jan. 28, 2024, killed three soldiers.', quote: '2024', kind: 'number' },
	{ text: 'The ceasefire began on the 21st of November.', quote: '21st', kind: 'number' },
	{ text: 'The six-year effort to rebuild the dam ended last spring.', quote: 'six', kind: 'number' },
	{ text: 'The minister ended a three-day visit to the region.', quote: 'three', kind: 'number' },
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
];

// ---------------------------------------------------------------------------
// Datelines: the article's own date, when it gives one near the top
// ---------------------------------------------------------------------------

const datelines: { readonly text: string; readonly published: string | null }[] = [
	{ text: 'Feb 7, 2024\n\nA drone struck a car in eastern Baghdad on Wednesday.', published: '2024-02-07' },
	{ text: ' date 2024-02-07 \n\nThe Pentagon said the strike killed a commander.', published: '2024-02-07' },
	{ text: 'BAGHDAD, Feb. 7, 2024 — A drone struck a car in the east of the city.', published: '2024-02-07' },
	{ text: 'Militia commander killed in Baghdad strike\nPublished: February 8, 2024\nA drone struck a car late on Wednesday.', published: '2024-02-08' },
	{ text: 'A drone struck a car in eastern Baghdad on Wednesday, officials said.', published: null },
];

// ---------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------

function refDay(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return dayNumber(y, m, d);
}

/** Offset of the `at`-th occurrence of `quote` in `text`, or -1. */
function locate(text: string, quote: string, at = 0): number {
	let from = -1;
	for (let k = 0; k <= at; k++) {
		from = text.indexOf(quote, from + 1);
		if (from < 0) { return -1; }
	}
	return from;
}

function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}

function short(text: string): string {
	const flat = text.replace(/\r?\n/g, ' ⏎ ');
	return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

function describe(m: Mention): string {
	const base = `${m.kind} "${m.text}" [${m.span.start},${m.span.end})`;
	switch (m.kind) {
		case 'actor': return `${base} ${m.type} name="${m.name}" aliases=${JSON.stringify(m.aliases)}`;
		case 'date': return `${base} ${JSON.stringify(m.expr)}`;
		case 'time': return `${base} ${m.hour}:${String(m.minute).padStart(2, '0')} zone=${JSON.stringify(m.zone)}`;
		default: return `${base} [${m.value.min}, ${m.value.max}] hedge=${JSON.stringify(m.hedge)}`;
	}
}

function checkCase(c: Case): void {
	const start = locate(c.text, c.quote, c.at);
	assert.ok(start >= 0, `test table error: "${c.quote}" is not in the text`);
	const quoteSpan = { start, end: start + c.quote.length };
	const { mentions } = extractArticle(c.text);
	const candidates = mentions.filter(m => m.kind === c.kind && overlaps(m.span, quoteSpan));
	const all = mentions.map(describe).join('\n    ');
	assert.ok(candidates.length > 0, `no ${c.kind} mention overlaps "${c.quote}"; mentions:\n    ${all}`);
	// Prefer the mention covering the quote best, when the engine split it.
	const m = candidates.find(x => x.span.start <= quoteSpan.start && x.span.end >= quoteSpan.end) ?? candidates[0];
	const covered = c.text.slice(m.span.start, m.span.end);
	assert.strictEqual(covered, m.text, 'mention.text must equal text.slice(span)');
	if (c.contains) {
		assert.ok(m.span.start <= quoteSpan.start && m.span.end >= quoteSpan.end, `span "${covered}" does not cover "${c.quote}"`);
	} else {
		assert.deepStrictEqual({ start: m.span.start, end: m.span.end, text: covered }, { ...quoteSpan, text: c.quote }, `span of ${describe(m)}`);
	}
	if (m.kind === 'actor') {
		if (c.type) { assert.strictEqual(m.type, c.type, `type of ${describe(m)}`); }
		if (c.name) { assert.strictEqual(m.name, c.name, `name of ${describe(m)}`); }
		if (c.alias) { assert.ok(m.aliases.includes(c.alias), `aliases of ${describe(m)} lack "${c.alias}"`); }
	}
	if (m.kind === 'number' && c.value) {
		assert.deepStrictEqual([m.value.min, m.value.max], c.value, `value of ${describe(m)}`);
	}
	if (m.kind === 'date' && c.date) {
		const resolved = resolveDate(m.expr, refDay(c.ref ?? DEFAULT_REF));
		assert.strictEqual(resolved?.iso, c.date, `date of ${describe(m)} against ${c.ref ?? DEFAULT_REF}`);
	}
	if (m.kind === 'time' && c.time) {
		const [hour, minute, zone] = c.time;
		assert.deepStrictEqual([m.hour, m.minute], [hour, minute], `clock of ${describe(m)}`);
		const zones = Array.isArray(zone) ? zone : [zone];
		assert.ok(zones.includes(m.zone), `zone of ${describe(m)}, expected ${JSON.stringify(zone)}`);
	}
}

function checkNegative(c: Negative): void {
	const start = locate(c.text, c.quote, c.at);
	assert.ok(start >= 0, `test table error: "${c.quote}" is not in the text`);
	const quoteSpan = { start, end: start + c.quote.length };
	const hits = extractArticle(c.text).mentions.filter(m => m.kind === c.kind && overlaps(m.span, quoteSpan));
	assert.deepStrictEqual(hits.map(describe), [], `"${c.quote}" should not be read as ${c.kind}`);
}

function title(c: Case): string {
	const what = c.kind === 'actor' ? `${c.type ?? 'actor'}` : c.kind;
	const detail = c.value ? ` = [${c.value[0]}, ${c.value[1]}]` : c.date ? ` = ${c.date}` : c.time ? ` = ${c.time[0]}:${String(c.time[1]).padStart(2, '0')} ${JSON.stringify(c.time[2])}` : c.name && c.name !== c.quote ? ` named "${c.name}"` : '';
	return `Should read "${c.quote}" as ${what}${detail} in: ${short(c.text)}`;
}

/** The UTF-16 span of `word` must be exactly where the word is, whatever comes before it. */
function assertSpanOf(text: string, word: string, kind: MentionKind): void {
	const start = text.indexOf(word);
	assert.ok(start >= 0, `test error: "${word}" not in text`);
	const m = extractArticle(text).mentions.find(x => x.kind === kind && overlaps(x.span, { start, end: start + word.length }));
	assert.ok(m, `no ${kind} mention at "${word}"`);
	assert.strictEqual(text.slice(m.span.start, m.span.end), word);
	assert.deepStrictEqual({ start: m.span.start, end: m.span.end }, { start, end: start + word.length });
	assert.strictEqual(m.text, word);
}

suite('Extraction', () => {
	const tables: [string, Case[]][] = [
		['people', people],
		['organisations', organizations],
		['groups', groups],
		['states', states],
		['places', places],
		['dates', dates],
		['times', times],
		['plain numbers', plainNumbers],
		['hedged numbers', hedgedNumbers],
	];
	for (const [topic, cases] of tables) {
		suite(topic, () => {
			cases.forEach((c, i) => {
				test(`${title(c)} (#${i + 1})`, () => checkCase(c));
			});
		});
	}

	suite('datelines', () => {
		datelines.forEach((c, i) => {
			test(`Should read the dateline as ${c.published ?? 'absent'} in: ${short(c.text)} (#${i + 1})`, () => {
				assert.strictEqual(extractArticle(c.text).published?.value ?? null, c.published);
			});
		});
	});

	suite('not mentions', () => {
		negatives.forEach((c, i) => {
			test(`Should not read "${c.quote}" as ${c.kind} in: ${short(c.text)} (#${i + 1})`, () => checkNegative(c));
		});
	});

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
			const text = 'Drone strike in Baghdad\r\n\r\nBy Staff Writer\r\n\r\nThe Pentagon said on Feb. 6 that 85 targets were struck.\r\n';
			assertSpanOf(text, 'Pentagon', 'actor');
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
			const text = 'Update\rThe Houthis 🚀 claimed nearly 170 attacks.';
			assertSpanOf(text, 'Houthis', 'actor');
			assertSpanOf(text, 'nearly 170', 'number');
		});
	});
});
