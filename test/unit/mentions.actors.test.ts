import * as assert from 'node:assert';
import { extractArticle } from '../../server/src/core';
import { caseSuites, negativeTests, type Case, type Negative } from './helpers';

/**
 * Table-driven tests of the extraction layer on news phrasing written for
 * these tests (wire copy, broadcasters, blogs and machine-"spun" reposts).
 * Every row becomes its own test so each failure is visible on its own.
 * Expectations are what a careful reader of the news would mark up.
 */

// ---------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------

const people: Case[] = [
	{ text: 'PARIS (AP) — President Emmanuel Macron said Tuesday that France would send more air defense systems to Kyiv.', quote: 'Emmanuel Macron', contains: true, kind: 'actor', type: 'person', name: 'Emmanuel Macron' },
	{ text: 'Embattled Whitmore quits as harbour board chair\nThe chair of the harbour board, Alan Whitmore, resigned on Monday.', quote: 'Whitmore', kind: 'actor', type: 'person', name: 'Whitmore' },
	{ text: 'Populist Varga leads in first count\nThe opposition candidate Ilona Varga led with most ballots counted.', quote: 'Varga', kind: 'actor', type: 'person', name: 'Varga' },
	{ text: 'A court sentenced former president Ramon Cordoba to nine years. Judges found Cordoba, 71, guilty of fraud.', quote: 'Cordoba', at: 1, kind: 'actor', type: 'person', name: 'Cordoba' },
	{ text: 'In the regional vote the DA won 84 seats and the Greens 41.', quote: 'DA', kind: 'actor', type: 'organization', name: 'DA' },
	{ text: 'Mr. Macron did not take questions from reporters after the speech.', quote: 'Macron', contains: true, kind: 'actor', type: 'person', name: 'Macron' },
	{ text: 'Lt. Col. Jane R. Doe, a spokeswoman for the brigade, declined to comment on the investigation.', quote: 'Jane R. Doe', contains: true, kind: 'actor', type: 'person', name: 'Jane R. Doe' },
	{ text: 'Maj. Gen. Patrick Vance told reporters that the review was still under way.', quote: 'Patrick Vance', contains: true, kind: 'actor', type: 'person', name: 'Patrick Vance' },
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
	{ text: 'Air Force Brig. Gen. Pat Vance stated that the officers were treated for minor injuries.', quote: 'Pat Vance', contains: true, kind: 'actor', type: 'person', name: 'Pat Vance' },
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
	{ text: 'Air Force Brig. Gen. Pat Vance stated that the officers were treated for minor injuries.', quote: 'Air Force', kind: 'actor', type: 'organization', name: 'Air Force' },
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
	{ text: 'A statement by Kataib Ansar al-Haqq denied any role in the attack.', quote: 'Kataib Ansar al-Haqq', kind: 'actor', type: 'group', name: 'Kataib Ansar al-Haqq' },
	{ text: 'Fighters loyal to Asaib Ahl al-Haq were deployed around the ministry.', quote: 'Asaib Ahl al-Haq', kind: 'actor', type: 'group', name: 'Asaib Ahl al-Haq' },
	{ text: 'Harakat Liwa al-Fajr said it would continue its operations.', quote: 'Harakat Liwa al-Fajr', kind: 'actor', type: 'group', name: 'Harakat Liwa al-Fajr' },
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
	{ text: 'Kataeb Ansar al-Fajr announced a pause in its raids.', quote: 'Kataeb Ansar al-Fajr', kind: 'actor', type: 'group', name: 'Kataeb Ansar al-Fajr' },
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
	{ text: 'Nine people were hurt in the Lumen Ballroom attack late on Saturday.', quote: 'Lumen Ballroom', kind: 'actor', type: 'place' },
	{ text: 'BEIRUT (AP) — An explosion shook the southern suburbs late on Tuesday.', quote: 'BEIRUT', kind: 'actor', type: 'place' },
	{ text: 'MOSUL (Reuters) - A blast tore through a market in the east of the city.', quote: 'MOSUL', kind: 'actor', type: 'place' },
	{ text: 'MOSUL (Reuters) - A blast tore through a market in the east of the city.', quote: 'Reuters', kind: 'actor', type: 'organization', name: 'Reuters' },
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
	{ text: 'The rocket hit Camp 17, a small supply base near the border.', quote: 'Camp 17', kind: 'actor', type: 'place', name: 'Camp 17' },
	{ text: 'Rockets were fired at Ain al-Asad Air Base in western Iraq.', quote: 'Ain al-Asad Air Base', kind: 'actor', type: 'place' },
	{ text: 'Container ships have avoided the Red Sea since the attacks began.', quote: 'Red Sea', kind: 'actor', type: 'place', name: 'Red Sea' },
	{ text: 'Tornadoes tore through Mississippi overnight, flattening homes.', quote: 'Mississippi', kind: 'actor', type: 'place', name: 'Mississippi' },
	{ text: 'Crowds gathered on the Rathausmarkt before the speech.', quote: 'Rathausmarkt', kind: 'actor', type: 'place' },
	{ text: 'Minas Gerais declared a state of emergency on Monday.', quote: 'Minas Gerais', kind: 'actor', type: 'place', name: 'Minas Gerais' },
	{ text: 'Gunmen attacked a village in Zamfara State on Sunday, residents said.', quote: 'Zamfara State', kind: 'actor', type: 'place' },
	{ text: 'Heavy rain fell over Hubei province for a third day.', quote: 'Hubei province', kind: 'actor', type: 'place' },
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
// Titles, scopes, lists and second names
// ---------------------------------------------------------------------------

const titled: Case[] = [
	{ text: 'Lagoon State Governor Ada Obi visited the camp on Monday.', quote: 'Ada Obi', kind: 'actor', type: 'person', name: 'Ada Obi' },
	{ text: 'Lagoon State Governor Ada Obi visited the camp on Monday.', quote: 'Lagoon State', kind: 'actor' },
	{ text: 'Marlow County Sheriff Dana Reyes said the suspect was alone.', quote: 'Dana Reyes', kind: 'actor', type: 'person', name: 'Dana Reyes' },
	{ text: 'Marlow County Sheriff Dana Reyes said the suspect was alone.', quote: 'Marlow County', kind: 'actor', type: 'place' },
	{ text: 'Vermont Gov. Paul Whitcombe declared an emergency.', quote: 'Paul Whitcombe', kind: 'actor', type: 'person', name: 'Paul Whitcombe' },
	{ text: 'The toll was confirmed by DSP. Musa Garba in a statement.', quote: 'Musa Garba', kind: 'actor', type: 'person', name: 'Musa Garba' },
	{ text: 'The agency’s head, Alhaji Tanko Bello, spoke to reporters.', quote: 'Tanko Bello', kind: 'actor', type: 'person', name: 'Tanko Bello' },
	{ text: 'The company’s new CEO Dana Whitfield met the union.', quote: 'Dana Whitfield', kind: 'actor', type: 'person', name: 'Dana Whitfield' },
	{ text: 'Public Works Secretary Lena Ortiz inspected the bridge.', quote: 'Lena Ortiz', kind: 'actor', type: 'person', name: 'Lena Ortiz' },
	{ text: 'The federal Minister for Fisheries Kofi Annor arrived on Tuesday.', quote: 'Kofi Annor', kind: 'actor', type: 'person', name: 'Kofi Annor' },
	{ text: 'Meanwhile, Inspector General of Police Musa Adeyemi warned the crowds.', quote: 'Musa Adeyemi', kind: 'actor', type: 'person', name: 'Musa Adeyemi' },
	{ text: 'Governor of Lagoon State Ada Obi spoke first.', quote: 'Ada Obi', kind: 'actor', type: 'person', name: 'Ada Obi' },
	{ text: 'Governor of Lagoon State Ada Obi spoke first.', quote: 'Lagoon State', kind: 'actor' },
	{ text: 'He spoke to the Police Public Relations Officer of Lagoon State Command on Sunday.', quote: 'Lagoon State Command', kind: 'actor', type: 'organization', name: 'Lagoon State Command' },
	{ text: 'In a statement, the Marlow County Attorney’s Office said two deputies were hurt.', quote: 'Marlow County Attorney’s Office', kind: 'actor', type: 'organization' },
	{ text: 'Cora Marshal said the treaty was a mistake.', quote: 'Cora Marshal', kind: 'actor', type: 'person', name: 'Cora Marshal' },
	{ text: 'Flood relief was late, District Magistrate Ravi Menon told reporters in the town.', quote: 'Ravi Menon', kind: 'actor', type: 'person', name: 'Ravi Menon' },
	{ text: 'The offer was well received, Chief Executive Lina Boateng said on Thursday.', quote: 'Lina Boateng', kind: 'actor', type: 'person', name: 'Lina Boateng' },
	{ text: 'Shares of Harrow Ridge Energy rose on their first day of trading.', quote: 'Harrow Ridge Energy', kind: 'actor', type: 'organization', name: 'Harrow Ridge Energy' },
	{ text: 'NEW DELHI, March 3 (Reuters) - Rain delayed the count in three states.', quote: 'NEW DELHI', kind: 'actor', type: 'place' },
	{ text: 'Mr Ba’ana Musa, a trader, said the fire spread fast.', quote: 'Ba’ana Musa', kind: 'actor', type: 'person', name: 'Ba’ana Musa' },
];

const placesAndOthers: Case[] = [
	{ text: 'The crash took place in Kalu Local Government Area of Lagoon State on Friday.', quote: 'Kalu Local Government Area', kind: 'actor' },
	{ text: 'The crash took place in Kalu Local Government Area of Lagoon State on Friday.', quote: 'Lagoon State', kind: 'actor' },
	{ text: 'Floods hit Mexico state, officials said.', quote: 'Mexico state', kind: 'actor', name: 'Mexico state' },
	{ text: 'The car was seen in the Lisbon region of Portugal.', quote: 'Lisbon region', kind: 'actor', name: 'Lisbon region' },
	{ text: 'Residents of Cedar Bay as Maine police arrived were told to stay inside.', quote: 'Cedar Bay', kind: 'actor', name: 'Cedar Bay' },
	{ text: 'Aid came from the Lagoon Transit Authority, LTA, and the army.', quote: 'LTA', kind: 'actor', type: 'organization', alias: 'Lagoon Transit Authority' },
	{ text: 'Police raided the Frente Azul, or Blue Front, gang at dawn.', quote: 'Blue Front', kind: 'actor', alias: 'Frente Azul' },
	{ text: 'Victims:\n• Kim Wing Fan, 66\n• Ode Aba, 70', quote: 'Kim Wing Fan', kind: 'actor', type: 'person', name: 'Kim Wing Fan' },
	{ text: 'All Nine Victims Of The Lakeview Crash Have Been Named. Police said more would follow.', quote: 'Lakeview', kind: 'actor' },
	{ text: 'Tian Mo Cedar Bay gunman held\nTian Mo, 61, was arrested on Monday after the attack near the farm.', quote: 'Tian Mo', kind: 'actor', type: 'person', name: 'Tian Mo' },
	{ text: 'Tian Mo Cedar Bay gunman held\nTian Mo, 61, was arrested on Monday after the attack near the farm.', quote: 'Cedar Bay', kind: 'actor', name: 'Cedar Bay' },
];

const described: Case[] = [
	{ text: 'Officials at the Lagoon Region’s health ministry counted 40 injured.', quote: 'health ministry', kind: 'actor', type: 'organization', name: 'Lagoon Region health ministry' },
	{ text: 'Officials at the Lagoon Region’s health ministry counted 40 injured.', quote: 'Lagoon Region', kind: 'actor', type: 'place' },
	{ text: 'The Peruvian army sent two helicopters to the valley.', quote: 'Peruvian army', kind: 'actor', type: 'organization', name: 'Peruvian army' },
	{ text: 'Deputies found the car outside a sheriff’s office on the coast road.', quote: 'sheriff’s office', kind: 'actor', type: 'organization' },
	{ text: 'The arrests were announced by the KSB security service on Saturday.', quote: 'KSB security service', kind: 'actor', type: 'organization', name: 'KSB security service' },
];

const notActors: Negative[] = [
	{ text: 'Public Works Secretary Lena Ortiz inspected the bridge.', quote: 'Public Works', kind: 'actor' },
	{ text: 'The company’s new CEO and President Dana Whitfield met the union.', quote: 'CEO', kind: 'actor' },
	{ text: 'Iran state media reported the launch on Sunday.', quote: 'state', kind: 'actor' },
	{ text: 'The Iranian state has denied the report.', quote: 'Iranian state', kind: 'actor' },
	{ text: 'All Nine Victims Of The Lakeview Crash Have Been Named. Police said more would follow.', quote: 'Crash Have Been Named', kind: 'actor' },
	{ text: 'Police raided the Peruvian State of Costa Verde at dawn.', quote: 'Peruvian State', kind: 'actor' },
	{ text: 'He rented two floors in Lagoon City’s office towers.', quote: 'office', kind: 'actor' },
	{ text: 'The company’s main office was closed on Friday.', quote: 'office', kind: 'actor' },
	{ text: 'The IPO was the largest of the year, bankers said.', quote: 'IPO', kind: 'actor' },
	{ text: 'Growth in GDP slowed to 1.2% in the second quarter.', quote: 'GDP', kind: 'actor' },
	{ text: 'The Peruvian winter was long and wet.', quote: 'Peruvian', kind: 'actor' },
	{ text: 'The storm strengthened into a Category 4 hurricane overnight.', quote: 'Category', kind: 'actor' },
	{ text: 'Three storms in a week:\n\n• Twelve people died when the river burst its banks;\n\n• Four more were swept away on Friday.', quote: 'Twelve', kind: 'actor' },
	{ text: 'What we know:\n▪ Several roads remain closed in the valley.', quote: 'Several', kind: 'actor' },
	{ text: 'Officials raised the alert to Level 3 on Sunday.', quote: 'Level', kind: 'actor' },
	{ text: 'The tremor measured 5.9 on the Richter scale, the observatory said.', quote: 'Richter', kind: 'actor' },
	{ text: 'Thermometers in the valley showed 113 degrees Fahrenheit on Sunday.', quote: 'Fahrenheit', kind: 'actor' },
	{ text: 'Each family will receive Rs 2 lakh from the relief fund.', quote: 'Rs', kind: 'actor' },
	{ text: 'The levy would raise Sh 120 billion a year, the treasury said.', quote: 'Sh', kind: 'actor' },
];

suite('Extraction: actors', () => {
	caseSuites([
		['people', people],
		['organisations', organizations],
		['groups', groups],
		['states', states],
		['places', places],
		['titles and scopes', titled],
		['places, second names and lists', placesAndOthers],
		['bodies written partly in lower case', described],
	]);
	suite('not actors', () => negativeTests(notActors, 'an actor'));
	test('Should not take a following name for a short form when its letters do not fit', () => {
		const actors = extractArticle('Aid came from the Lagoon Transit Authority, NATO and the army.').mentions.filter(m => m.kind === 'actor');
		assert.deepStrictEqual(actors.map(m => [m.text, m.kind === 'actor' ? m.aliases : []]), [['Lagoon Transit Authority', []], ['NATO', []]]);
	});
});
