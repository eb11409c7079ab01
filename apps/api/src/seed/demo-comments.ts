import type { LeavingReason } from '@ex-pulse/domain';

/**
 * Believable pulse comments in English and Estonian, tagged with the score band they fit
 * (promoter 9–10, passive 7–8, detractor 0–6) and, for some, the lifecycle moment.
 */

export type ScoreBand = 'promoter' | 'passive' | 'detractor';

interface DemoComment {
  band: ScoreBand;
  en: string;
  et: string;
  /** For an exit comment that names its reason: the reason for leaving the same person chooses. */
  reason?: LeavingReason;
}

const c = (band: ScoreBand, en: string, et: string, reason?: LeavingReason): DemoComment => ({ band, en, et, reason });

const GENERAL: readonly DemoComment[] = [
  c('promoter', 'Great team, everyone helps each other out.', 'Suurepärane meeskond, kõik aitavad üksteist.'),
  c('promoter', 'My manager really listens and follows up on what we discuss.', 'Minu juht tõesti kuulab ja viib arutatu ellu.'),
  c('promoter', 'I have learned more here in a year than in my previous jobs together.', 'Olen siin aastaga rohkem õppinud kui eelmistel töökohtadel kokku.'),
  c('promoter', 'Flexible hours make a real difference for my family.', 'Paindlik tööaeg teeb pereelu palju lihtsamaks.'),
  c('promoter', 'Good tools, clear goals and people who care about customers.', 'Head töövahendid, selged eesmärgid ja inimesed, kellele kliendid päriselt korda lähevad.'),
  c('promoter', 'The new shift planning works much better than before.', 'Uus vahetuste planeerimine töötab palju paremini kui varem.'),
  c('promoter', 'I feel trusted to make decisions on my own.', 'Tunnen, et mind usaldatakse ise otsuseid tegema.'),
  c('promoter', 'Proud of what we got done this quarter.', 'Olen uhke selle üle, mida me selles kvartalis ära tegime.'),
  c('passive', 'Mostly fine, but the workload comes in waves.', 'Üldiselt hea, aga töökoormus tuleb lainetena.'),
  c('passive', 'Good people; salary reviews could be more transparent.', 'Head inimesed, aga palgaarutelud võiksid olla läbipaistvamad.'),
  c('passive', 'I would like clearer priorities from leadership.', 'Sooviksin juhtkonnalt selgemaid prioriteete.'),
  c('passive', 'Training is good, but there is little time to actually take it.', 'Koolitused on head, aga nende jaoks jääb vähe aega.'),
  c('passive', 'The office is noisy and some days it is hard to focus.', 'Kontoris on lärmakas ja mõnel päeval on raske keskenduda.'),
  c('passive', 'Things are getting better, but slowly.', 'Asjad lähevad paremaks, aga aeglaselt.'),
  c('detractor', 'Too many tickets and not enough people; we are always behind.', 'Liiga palju pöördumisi ja liiga vähe inimesi, oleme pidevalt graafikust maas.'),
  c('detractor', 'We hear about changes only when customers ask us about them.', 'Muudatustest kuuleme alles siis, kui kliendid meilt nende kohta küsivad.'),
  c('detractor', 'The ticketing system keeps crashing at peak hours.', 'Pöördumiste süsteem jookseb tipptundidel pidevalt kokku.'),
  c('detractor', 'I do not see any way to grow here.', 'Ma ei näe siin endale arenguvõimalusi.'),
  c('detractor', 'Weekend shifts are planned at the last minute.', 'Nädalavahetuse vahetused pannakse paika viimasel hetkel.'),
  c('detractor', 'Pay has not kept up with the cost of living.', 'Palk ei ole elukalliduse tõusuga sammu pidanud.'),
  c('detractor', 'We give feedback, but nothing changes.', 'Anname tagasisidet, aga midagi ei muutu.'),
  c('detractor', 'It feels like management does not know what our work is really like.', 'Tundub, et juhtkond ei tea, milline meie igapäevatöö tegelikult on.'),
];

const ONBOARDING: readonly DemoComment[] = [
  c('promoter', 'My buddy made the first weeks so much easier.', 'Minu tugiisik tegi esimesed nädalad palju lihtsamaks.'),
  c('promoter', 'Laptop and accounts were ready on day one, thank you!', 'Arvuti ja kasutajakontod olid esimesel päeval olemas, aitäh!'),
  c('passive', 'A lot of information at once; a written checklist would help.', 'Korraga on palju infot, kirjalik kontrollnimekiri aitaks.'),
  c('detractor', 'Still waiting for access to half of the systems I need.', 'Ootan endiselt ligipääsu pooltele vajalikele süsteemidele.'),
];

const EXIT: readonly DemoComment[] = [
  c('promoter', 'My manager was the main reason I stayed this long.', 'Minu juht oli peamine põhjus, miks ma nii kaua jäin.'),
  c('passive', 'Moving to another city, the job is not the reason.', 'Kolin teise linna, töö pole lahkumise põhjus.', 'relocation_personal'),
  c('passive', 'Leaving for a better-paid offer; the team was great.', 'Lahkun paremini tasustatud pakkumise tõttu, meeskond oli suurepärane.', 'pay_benefits'),
  c('detractor', 'After three years I saw no career path for me here.', 'Kolme aasta järel ei näinud ma siin enda jaoks karjääriteed.', 'career_growth'),
  c('detractor', 'The constant pressure in the queue wore me out.', 'Pidev surve pöördumiste järjekorras kurnas mu ära.', 'workload_wellbeing'),
  c('detractor', 'Nobody asked why people are leaving until now.', 'Keegi pole seni küsinud, miks inimesed lahkuvad.'),
];

export function scoreBand(score: number): ScoreBand {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** The comments that fit a score and a lifecycle phase, in one language. */
export function commentChoices(score: number, phase: string, language: 'en' | 'et'): string[] {
  const band = scoreBand(score);
  const special = phase === 'onboarding' ? ONBOARDING : phase === 'separation' ? EXIT : [];
  const pool = [...special, ...(phase === 'separation' ? [] : GENERAL)].filter((x) => x.band === band);
  const fitting = pool.length > 0 ? pool : GENERAL.filter((x) => x.band === band);
  return fitting.map((x) => x[language]);
}

/** The reason for leaving an exit comment names, if it names one (so comment and choice agree). */
export function reasonOfExitComment(comment: string): LeavingReason | undefined {
  return EXIT.find((x) => x.en === comment || x.et === comment)?.reason;
}

/** The language a demo comment is written in (every demo comment exists in both). */
export function demoCommentLanguage(comment: string): 'en' | 'et' {
  return [...GENERAL, ...ONBOARDING, ...EXIT].some((x) => x.en === comment) ? 'en' : 'et';
}
