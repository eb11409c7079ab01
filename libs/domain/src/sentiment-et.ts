import { ESTONIAN_EXACT as EXACT, ESTONIAN_STEMS as STEMS } from './sentiment-et-lexicon';
import { LanguageRules, PhraseRule, scoreWith, SentimentEvidence } from './sentiment-engine';

/*
 * Estonian comment sentiment: a hand-written stem lexicon for workplace feedback, scored by
 * sentiment-engine.ts (negation, intensifiers, wishes, contrast; see there).
 *
 * No maintained npm library scores Estonian, so this follows the idea of the Estonian
 * sentiment lexicon of Pajupuu, Altrov & Pajupuu ("Identifying polarity in different text
 * types", Folklore 64, 2016: words with a positive or negative connotation, summed over a
 * text). The word list below is our own, written for employee comments; it copies no
 * published list.
 *
 * Words and morphology:
 * - EXACT whole words first, then STEMS by the LONGEST matching prefix (at least 3 letters).
 *   Estonian inflects by appending to a stem (14 cases, verb forms), so "toeta" covers toetav,
 *   toetavat, toetab, toetanud. A longer entry overrides a shorter one: "rahul" is +2 but
 *   "rahulolematu" −2; entries worth 0 block false friends ("puudut-" is "touch", not "puudu-"
 *   "missing"; "heaolu" is "wellbeing" as a topic, not "hea"; "lihtsalt" is "simply").
 * - The prefix "eba-" (un-) makes a word negative: ebaõiglane, ebavõrdselt, ebarealistlik.
 * - Compounds count by their head when the first part is unknown: "tööstress", "ajasurve"
 *   (a head of at least 5 letters, so short stems do not hit inside unrelated words).
 * - DESIRABLE stems (arenguvõimalus, karjäär, koolitus, tugi, tagasiside, aeg, info, and verbs
 *   such as kuula-, selgita-, muutu-, märka-) are worth nothing alone and count as a lack when
 *   negated, before or after the negator: "ei näe arenguvõimalusi", "karjäärivõimalusi ei ole",
 *   "midagi ei muutu", "keegi ei kuula". The abessive "-ta" of a desirable word is a lack too
 *   ("väljaõppeta", "arvutita").
 * - Conditionals (oleks, võiks, saaks, aitaks, sooviksin, tahaksin, -ksin, -ksime) make a
 *   clause a wish: "rohkem ühisüritusi oleks tore" is a suggestion, not praise.
 * - PHRASES: idioms ("viimasel hetkel" −2, "varem oli parem" −2, "pole millegi üle kurta" +2,
 *   "pole viga" +1.5, "ei vahetaks … vastu" +3) and non-evaluative answers ("pole midagi
 *   lisada", "ei oska öelda", "nii ja naa", "ei hea ega halb", "töö nagu töö").
 *
 * Limits (known and accepted for short comments): no full morphological analysis, so a prefix
 * can still hit an unrelated word no blocker covers; sarcasm ("üks kaust ja edu!") is not seen;
 * English words in Estonian text are ignored.
 */

/** Worth nothing alone; negated, a lack. Matched as prefixes (at least 3 letters). */
const DESIRABLE_STEMS: ReadonlySet<string> = new Set([
  'areng', 'arengu', 'karjäär', 'võimalu', 'tuge', 'tugi', 'koolitus', 'väljaõp', 'juhendami', 'juhendus',
  'tagasisid', 'info', 'aeg', 'palgatõus', 'tõus', 'ligipääs', 'stabiil', 'töövahend', 'vahend', 'arvuti',
  'muutu', 'muude', 'muuda', 'paranda', 'maks', 'luba', 'kuula', 'selgita', 'ütle', 'öeld', 'öeln', 'küsi',
  'märka', 'märga', 'vastuta', 'vasta', 'huvi', 'jõua', 'õnnestu', 'keskendu', 'teadnud', 'perspektiiv',
  'edasiliikumi', 'kompenseeri', 'abi', 'selgus', 'plaan', 'suhtle', 'tööta', 'juhtu', 'selgitus', 'tasu',
  'lisatasu', 'puhkus', 'puhkust', 'täitu', 'korista', 'käi', 'kütet', 'küte', 'uuenda', 'tõste', 'õpi', 'õppi',
  'tähtsus', 'ohutus', 'tähelepanu', 'tasakaal', 'toimi',
]);
/** Desirable stems that are also mildly positive when affirmed ("mind kuulatakse", "palka tõsteti"). */
const AFFIRMED_STEMS: Readonly<Record<string, number>> = { kuula: 1 };
const DESIRABLE_EXACT: ReadonlySet<string> = new Set(['tea', 'saa', 'saanud', 'aru', 'jaga', 'loeb', 'loetakse', 'lugenud', 'jää', 'jääda']);
/** Abessives that leave people out: "ilma nendeta" (without them), "küsimata" (without asking). */
const LACK_EXACT: ReadonlySet<string> = new Set([
  'küsimata', 'nendeta', 'meieta', 'minuta', 'temata', 'arvestamata', 'teatamata', 'hoiatamata', 'selgitamata',
]);

/** "keegi" (anyone), "ükski" (not a single one): with a negator, "nobody". */
const SUBJECT_NEGATORS: ReadonlySet<string> = new Set(['keegi', 'ükski', 'kedagi']);

const NEGATORS: ReadonlySet<string> = new Set([
  'ei', 'mitte', 'pole', 'polnud', 'poleks', 'polegi', 'polnudki', 'ega', 'ilma', 'vähem',
]);

const CONDITIONALS: ReadonlySet<string> = new Set([
  'oleks', 'oleksin', 'oleksid', 'oleksime', 'võiks', 'võiksin', 'võiksid', 'võiksime', 'saaks', 'saaksin',
  'saaksime', 'aitaks', 'tahaks', 'tahaksin', 'tahaksime', 'sooviks', 'sooviksin', 'sooviksime', 'peaks',
  'peaksid', 'peaksime', 'tuleks', 'meeldiks', 'võimaldaks', 'läheks', 'kuluks',
]);

const PHRASES: readonly PhraseRule[] = [
  // Non-evaluative answers (their words are not scored).
  { pattern: /(?<!\p{L})(pole|ei ole|polnud) (midagi|eriti midagi|rohkem midagi) (lisada|öelda|uut|erilist)(?!\p{L})/gu, value: 0, neutral: true },
  { pattern: /(?<!\p{L})(ei|pole) midagi erilist(?!\p{L})/gu, value: 0, neutral: true },
  { pattern: /(?<!\p{L})midagi uut (pole|ei ole)(?!\p{L})/gu, value: 0, neutral: true },
  { pattern: /(?<!\p{L})kommentaare? (pole|ei ole)(?!\p{L})|(?<!\p{L})(pole|ei ole) kommentaare(?!\p{L})/gu, value: 0, neutral: true },
  { pattern: /(?<!\p{L})ei oska (veel )?(öelda|hinnata|kommenteerida)(?!\p{L})/gu, value: 0, neutral: true },
  { pattern: /(?<!\p{L})(raske|keeruline|veel vara|vara) (on )?(öelda|hinnata|võrrelda)(?!\p{L})/gu, value: 0, neutral: true },
  { pattern: /(?<!\p{L})(parem|pigem) (ei|ma ei|jätan) (kommenteeri|ütle|vasta)\p{L}*/gu, value: 0, neutral: true },
  { pattern: /(?<!\p{L})ausalt (öeldes|öelda)(?!\p{L})/gu, value: 0 },
  { pattern: /(?<!\p{L})nii ja naa(?!\p{L})|(?<!\p{L})nagu ikka(?!\p{L})|(?<!\p{L})oleneb(?!\p{L})/gu, value: 0, neutral: true },
  { pattern: /(?<!\p{L})(ei|pole) \p{L}+ ega \p{L}+/gu, value: 0, neutral: true },
  { pattern: /(?<!\p{L})sama (mis|nagu)(?!\p{L})/gu, value: 0, neutral: true },
  { pattern: /(?<!\p{L})(\p{L}+) nagu \1(?!\p{L})/gu, value: 0, neutral: true }, // "töö nagu töö"
  { pattern: /(?<!\p{L})(ok|okei|okey|käib kah)(?!\p{L})/gu, value: 0, neutral: true },
  { pattern: /^\W*(normaalne|keskmine|nii ja naa|-+)\W*$/gu, value: 0, neutral: true },
  { pattern: /(?<!\p{L})palun(?!\p{L})/gu, value: 0, neutral: true },
  { pattern: /^\W*(no |noh |ah )?(ma )?ei tea(?=\s*([.!?…]|$)|\s*,\s*(?!kas|mida|mis|kuidas|kes|miks|millal))/gu, value: 0, neutral: true },
  // Approval said through a negation.
  { pattern: /(?<!\p{L})(pole|ei ole) (eriti |suurt |väga )?midagi (parandada|muuta|paremaks teha)(?!\p{L})|(?<!\p{L})ei (muudaks|vahetaks) (\p{L}+ )?midagi(?!\p{L})/gu, value: 2 },
  { pattern: /(?<!\p{L})(pole|ei ole|polnud) (millegi üle |eriti )?(kurta|kurtmist)(?!\p{L})|(?<!\p{L})ei kurda(?!\p{L})/gu, value: 2 },
  { pattern: /(?<!\p{L})pole viga(?!\p{L})/gu, value: 1.5 },
  { pattern: /(?<!\p{L})võiks (ka )?hullem olla(?!\p{L})/gu, value: 1 },
  { pattern: /(?<!\p{L})(ei oska|pole|ei ole) (midagi|mitte midagi) (paremaks )?muuta(?!\p{L})/gu, value: 2 },
  { pattern: /(?<!\p{L})ei vahetaks(?!\p{L})[^.,;!?]*(?<!\p{L})vastu(?!\p{L})/gu, value: 3 },
  { pattern: /(?<!\p{L})ei (soovi|taha|tahaks|sooviks) (kuhugi|kusagile|kuskile|mitte kuhugi) (mujale|ära)(?!\p{L})/gu, value: 3 },
  { pattern: /(?<!\p{L})(ei|pole) (täiuslik|ideaalne)(?!\p{L})/gu, value: -0.5 },
  { pattern: /(?<!\p{L})siiani (kõik )?(hästi|hea)(?!\p{L})/gu, value: 3 },
  { pattern: /(?<!\p{L})jätka(ke|me)? samas vaimus(?!\p{L})/gu, value: 2 },
  { pattern: /(?<!\p{L})(suur )?aitäh(?!\p{L})/gu, value: 2 },
  // Workplace idioms
  { pattern: /(?<!\p{L})viimase(l|le) (hetke|minuti)(l|le)?(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})varem oli (parem|palju parem|hea|toredam|lõbusam)(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})ainus(,)? (asi(,)? )?mis mind (siin )?hoiab(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})(otsin|otsime|vaatan|vaatame) (uut|teist|uue) (tööd|töökohta|kohta)(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})(juhi|ülemuse|bossi) (pärast|tõttu)(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})(musta|mustast) auku(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})(on|täiesti|päris|täitsa) põhjas(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})(läbi põle\p{L}*|põle\p{L}* läbi)(?!\p{L})/gu, value: -3 },
  { pattern: /(?<!\p{L})jookse\p{L}*(?!\p{L})[^.,;!?]{0,40}(?<!\p{L})kokku(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})üle jõu(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})graafikust maas(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})hinga\p{L}* kuklasse(?!\p{L})/gu, value: -2, word: true },
  { pattern: /(?<!\p{L})alt (vee|veda)\p{L}*/gu, value: -2, word: true },
  { pattern: /(?<!\p{L})sammu (pidanud|pidama|pidada)(?!\p{L})/gu, value: 0, word: true, desirable: true },
  { pattern: /(?<!\p{L})(sai|saime|saab|saame|saadi) (\p{L}+ )?hakkama(?!\p{L})/gu, value: 1.5, word: true },
  { pattern: /(?<!\p{L})au endale(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})parem(a|ini) (palga|pakkumise|tasustatud|töökoha|tingimuste)(?!\p{L})/gu, value: 0 },
  { pattern: /(?<!\p{L})probleemi\p{L}* (rääkida|rääkima|tõstatada)(?!\p{L})|(?<!\p{L})(rääkida|rääkima|tõstatada) probleemi\p{L}*/gu, value: 0 },
  { pattern: /(?<!\p{L})(arvamus|sõna|hääl|panus) (ka )?(loeb|loevad|loe)(?!\p{L})/gu, value: 2, word: true },
  { pattern: /(?<!\p{L})põhjus(,)? (miks|et) (ma|me|mina) (\p{L}+ ){0,2}(jäin|jääme|jään|jäime)(?!\p{L})/gu, value: 2 },
  { pattern: /(?<!\p{L})(tulevad ja lähevad|käivad läbi nagu)(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})parimad (inimesed|töötajad|kolleegid|tegijad) (on )?(lahkusid|lahkuvad|lahkunud|läksid)(?!\p{L})/gu, value: -3 },
  { pattern: /(?<!\p{L})(mõni|mõned) (päev|päevad|nädal|nädalad|kuud|asjad|muudatused|vahetused)(?!\p{L})[^.;!?]*(?<!\p{L})(mõni|mõned)(?!\p{L})[^.;!?]*/gu, value: 0, neutral: true },
  { pattern: /(?<!\p{L})(nii,? )?nagu (peab|peaks|vaja)(?!\p{L})/gu, value: 1.5 },
  { pattern: /(?<!\p{L})(ei|poleks) (saaks|võiks|oleks) (\p{L}+ )?(rahulolevam|õnnelikum|parem|parema)\p{L}* (olla|olnud)(?!\p{L})/gu, value: 3 },
  { pattern: /(?<!\p{L})(nagu|justkui) (kodus|pere|perekond|perekonnas)(?!\p{L})/gu, value: 2, word: true },
  { pattern: /(?<!\p{L})on lemmikud(?!\p{L})|(?<!\p{L})lemmikuid (on|tehakse)(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})kursist väljas(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})mõtle\p{L}* (lahkumisele|lahkuda|ära minna|töö vahetamisele)(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})(tunnen|tunne|tundub) end (\p{L}+ ){0,2}numbrina(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})(viis|5) tärni(?!\p{L})/gu, value: 3 },
  { pattern: /(?<!\p{L})käest ära(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})alati viimase(na|ks)(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})(ei|pole|mitte) (\p{L}+ )?ühtegi(?!\p{L})/gu, value: -1.5 },
  { pattern: /(?<!\p{L})(ikka|endiselt) (veel )?(pole|ei)(?!\p{L})|(?<!\p{L})(pole|ei ole) (ikka|endiselt) veel(?!\p{L})/gu, value: -1.5 },
  { pattern: /(?<!\p{L})(pidin|pidime|pean|peame) (\p{L}+ ){0,3}ise (\p{L}+ ){0,2}(ostma|maksma|tooma)(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})võta\p{L}* (\p{L}+ ){0,2}tõsiselt(?!\p{L})/gu, value: 2, word: true },
  { pattern: /(?<!\p{L})jää\p{L}* ära(?!\p{L})/gu, value: -1.5 },
  { pattern: /(?<!\p{L})jäeti (mind |meid )?(\p{L}+ )?üksi(?!\p{L})/gu, value: -2 },
  { pattern: /(?<!\p{L})lõpuks ometi(?!\p{L})/gu, value: 1 },
  // Calendar words: a comment without sentiment words that names a day or a date reads as a fact.
  { pattern: /(?<!\p{L})(esmaspäev|teisipäev|kolmapäev|neljapäev|reede|laupäev|pühapäev)\p{L}*/gu, value: 0, neutral: true },
  { pattern: /(?<!\p{L})(jaanuar|veebruar|märts|aprill|mai|juuni|juuli|august|september|oktoober|november|detsember)\p{L}*/gu, value: 0, neutral: true },
  { pattern: /(?<!\p{L})(kevadel|suvel|sügisel|talvel)(?!\p{L})|(?<!\p{L})(järgmise|järgmisel|järgmisest|eelmisel|eelmise|möödunud) (nädala|kuu|aasta|kvartali)\p{L}*|(?<!\d)\d{1,2}\.(?!\d)/gu, value: 0, neutral: true },
  // Emoticons
  { pattern: /(^|\s)(:-?\)|:-?d|;-?\)|<3)(?=\s|$)/gu, value: 2 },
  { pattern: /(^|\s)(:-?\(|:'\()(?=\s|$)/gu, value: -2 },
];

const MIN_STEM = 3;
const MIN_HEAD = 5;
const MAX_STEM = Math.max(...Object.keys(STEMS).map((s) => s.length));

function has<T>(record: Readonly<Record<string, T>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function longestStem(token: string, min: number): number | undefined {
  for (let len = Math.min(token.length, MAX_STEM); len >= min; len--) {
    const stem = token.slice(0, len);
    if (has(STEMS, stem)) return STEMS[stem];
  }
  return undefined;
}

function isDesirable(token: string): boolean {
  return desirableValue(token) !== undefined;
}

/** A desirable word's value when affirmed (0 for most), or undefined for other words. */
function desirableValue(token: string): number | undefined {
  for (let len = token.length; len >= MIN_STEM; len--) {
    const stem = token.slice(0, len);
    if (has(AFFIRMED_STEMS, stem)) return AFFIRMED_STEMS[stem];
  }
  if (DESIRABLE_EXACT.has(token)) return 0;
  for (let len = token.length; len >= MIN_STEM; len--) {
    if (DESIRABLE_STEMS.has(token.slice(0, len))) return 0;
  }
  return undefined;
}

/** The lexicon value of one lower-cased token, or undefined when it carries no sentiment. */
export function estonianWordValue(token: string): number | undefined {
  if (has(EXACT, token)) return EXACT[token];
  const stem = longestStem(token, MIN_STEM);
  if (stem !== undefined) return stem;
  if (token.startsWith('eba') && token.length >= 7) return -2; // ebavõrdne, ebarealistlik
  // A compound by its head: tööstress, ajasurve.
  for (let k = 3; k <= token.length - MIN_HEAD; k++) {
    const head = longestStem(token.slice(k), MIN_HEAD);
    if (head !== undefined && head !== 0) return head;
  }
  return undefined;
}

/** The abessive of a desirable word is a lack, with or without "ilma": väljaõppeta, arvutita. */
function isLack(token: string): boolean {
  if (LACK_EXACT.has(token)) return true;
  return token.endsWith('ta') && token.length > 5 && estonianWordValue(token) === undefined && isDesirable(token.slice(0, -2));
}

export const ESTONIAN_RULES: LanguageRules = {
  wordValue: (t) => estonianWordValue(t),
  desirable: desirableValue,
  lack: isLack,
  subjectNegation: (tokens) => tokens.some((t) => SUBJECT_NEGATORS.has(t)) && tokens.some((t) => NEGATORS.has(t)),
  isNegator: (t) => NEGATORS.has(t),
  intensifiers: new Set([
    'väga', 'eriti', 'täiesti', 'äärmiselt', 'ülimalt', 'tõeliselt', 'tohutult', 'kõige', 'nii', 'niivõrd', 'päris',
    'täitsa', 'täielik', 'täielikult', 'tõsiselt', 'palju', 'igasugune', 'igasugust', 'igasuguse', 'üldse', 'just',
  ]),
  excess: new Set(['liiga']),
  contrast: new Set(['aga', 'kuid', 'ent', 'samas']),
  subordinators: new Set(['et', 'mis', 'mida', 'mille', 'millest', 'kes', 'keda', 'kelle', 'kus', 'kui', 'kuidas', 'miks', 'millal', 'kas']),
  isConcession: (tokens) => tokens[0] === 'kuigi' || tokens[0] === 'vaatamata' || tokens[0] === 'hoolimata'
    || tokens.some((t, i) => (t === 'isegi' || t === 'siis') && tokens[i + 1] === 'kui'),
  // -ksin/-ksime/-ksite are conditional, except the past of "minema" (läksin, läksime) and after
  // "et" ("oodatakse, et vastaksime": a reported demand, not a wish).
  isConditional: (t, i, tokens) => !tokens.slice(0, i).includes('et')
    && (CONDITIONALS.has(t) || (t.length >= 7 && /k(sin|sime|site)$/u.test(t) && !t.startsWith('läks'))),
  wishExempt: (t) => t.startsWith('soovita'),
  neverWords: new Set(['kunagi']),
  neverSo: new Set(['nii', 'sellist', 'niivõrd']),
  hedges: new Set(['üldiselt', 'enamasti', 'põhiliselt', 'muidu', 'põhimõtteliselt']),
  whyWords: new Set(['miks']),
  phrases: PHRASES,
  negationLooksBack: true,
  locale: 'et',
};

/** The evidence an Estonian comment carries (see sentiment-engine.ts). */
export function estonianSentimentEvidence(text: string): SentimentEvidence {
  return scoreWith(ESTONIAN_RULES, text);
}
