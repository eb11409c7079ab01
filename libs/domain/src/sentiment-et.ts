/*
 * Estonian comment sentiment: a small, hand-written lexicon scorer for workplace feedback.
 *
 * No maintained npm library scores Estonian, so this follows the idea of the Estonian
 * sentiment lexicon of Pajupuu, Altrov & Pajupuu ("Identifying polarity in different text
 * types", Folklore 64, 2016: words with a positive or negative connotation, summed over a
 * text). The word list below is our own, written for employee comments; it copies no
 * published list.
 *
 * How it works, exactly:
 * 1. The text is NFC-normalised, lower-cased (Estonian locale) and cut into clauses at
 *    . , ; : ! ? … ( ) and line breaks, and at the conjunctions "aga", "kuid", "ent" (but).
 *    Tokens are runs of letters (õ ä ö ü š ž included).
 * 2. Each token is looked up in EXACT first, then in STEMS by its LONGEST matching prefix
 *    (at least 3 letters). Estonian inflects by appending to a stem (14 cases, verb forms),
 *    so the stem "toeta" covers toetav, toetavat, toetab, toetanud, and "stress" covers
 *    stressi, stressis, stressirohke. A longer entry overrides a shorter one: "rahul" is
 *    +2 but "rahulolematu" is −2; entries worth 0 block false friends ("puudut-" is
 *    "touch", not "puudu-" "missing"; "lahend-" is "solution", not "lahe" "cool").
 * 3. A negator (ei, mitte, pole, polnud, poleks, polegi, ega, ilma) flips the sign of the
 *    first lexicon word among the next 3 tokens of the same clause: "ei ole hea" and
 *    "mulle ei meeldi" are negative, "pole probleeme" (no problems) is positive.
 * 4. An intensifier (väga, eriti, täiesti, ...) multiplies the first lexicon word among
 *    the next 2 tokens of the clause by 1.5.
 * 5. score = sum of the word values (each −3..+3); comparative = score / number of tokens,
 *    the same measure the English scorer (AFINN, `sentiment` package) reports, so the
 *    caller applies one threshold to both languages.
 *
 * Limits (known and accepted for short comments):
 * - No morphological analysis: a prefix can still hit an unrelated word that no blocker
 *   covers; the abessive "-ta" ("toeta" = without support) reads as the verb "toeta".
 * - Negation after the word ("probleeme pole", "hea see polnud") and sarcasm are not
 *   seen; only the listed negators count, and each flips one word.
 * - Compounds count by their first part only ("tööstress" is missed; "stressivaba" is
 *   listed on its own). Emoticons and English words in Estonian text are ignored.
 * - The lexicon is small (common feedback vocabulary); unknown words count as neutral.
 */

/** Stems matched as prefixes of a token, longest first. Values: +3 strong … −3 strong, 0 blocks. */
const STEMS: Readonly<Record<string, number>> = {
  // positive
  hea: 2, // hea, head, heaks, heal, heameel, heaolu
  parem: 2, // parem, parema, paremini, paremaks
  paremal: 0, // "on the right" (paremal, paremale)
  parim: 3,
  suurepära: 3, // suurepärane, suurepärast, suurepäraselt
  meeldi: 2, // meeldib, meeldis, meeldiv, meeldinud, (ei) meeldi
  rahul: 2, // rahul, rahulolu, rahulolev
  rahulik: 1, // calm
  rahuldav: 1, // satisfactory
  tore: 2, // tore, toredad, toredat
  toeta: 2, // toetav, toetavat, toetab, toetama, toetanud
  toetus: 2, // toetus, toetust, toetuse
  tänu: 2, // tänu, tänulik, tänulikkus
  lahe: 2, // lahe, lahedad, lahedalt
  lahend: 0, // lahendus (solution)
  vinge: 2,
  super: 2,
  supervi: 0, // supervisor
  sõbralik: 2,
  abivalmi: 2, // abivalmis, abivalmid
  professionaal: 2,
  kompetent: 2,
  motiveeri: 2, // motiveeritud, motiveeriv
  huvita: 2, // huvitav, huvitavad, (ei) huvita
  arenguvõimalu: 1,
  selge: 1, // selge, selged, selgelt, selgeks
  õiglas: 2, // õiglane, õiglast, õiglaselt
  õiglu: 2, // õiglus
  tunnusta: 2, // tunnustatud, tunnustab
  tunnustus: 2,
  paindlik: 2,
  usald: 2, // usaldus, usaldan, usaldusväärne
  õnnelik: 3,
  rõõm: 2, // rõõm, rõõmus, rõõmustab
  naudi: 2, // naudin, naudib
  nauti: 2, // nautima, nautisin
  mugav: 2, // mugav, mugavalt, mugavus
  kasulik: 2,
  positiiv: 2,
  edu: 2, // edu, edukas, edukalt, edusamm
  edutu: -2, // unsuccessful
  kiit: 2, // kiitus, kiitma
  kiid: 2, // kiidan, kiiduväärt
  imeli: 3, // imeline
  fantastili: 3,
  ideaal: 2,
  turvali: 2, // turvaline
  väärtusta: 2, // väärtustatud
  hooli: 2, // hoolib, hoolivad, hooliv
  hoolimata: 0, // "despite"
  hoolimatu: -2,
  tasakaal: 1,
  stressivaba: 1,
  väsimatu: 1, // tireless

  // negative
  halb: -2, // halb, halba
  halv: -2, // halva, halvad, halvasti, halvem, halvim
  kehv: -2,
  stress: -2, // stress, stressi, stressis, stressirohke
  ülekoorm: -2, // ülekoormus, ülekoormatud
  rahulolematu: -2,
  rahuldamatu: -2,
  segane: -2,
  segas: -2, // segase, segased, segaselt
  segadu: -2, // segadus
  segab: -1, // disturbs
  puudu: -1, // puudu, puudub, puudus
  puudut: 0, // puudutab (touches)
  puudulik: -2,
  probleem: -2,
  mure: -2, // mure, mures, muret, murettekitav
  raske: -1,
  raskus: -1,
  keeruli: -1, // keeruline
  keeruk: -1, // keerukas
  väsi: -2, // väsinud, väsitav, väsimus
  kurn: -2, // kurnav, kurnatud
  läbipõle: -3, // läbipõlemine
  ebaõigl: -2, // ebaõiglane, ebaõiglus
  ebaselge: -2,
  ebamugav: -2,
  ebameeldi: -2,
  ebaprofessionaal: -2,
  ebakind: -1, // ebakindel, ebakindlus
  ebaefektiiv: -2,
  ebaõnnestu: -2,
  pettu: -2, // pettunud, pettumus
  kohutav: -3,
  jube: -3,
  vilets: -2,
  aegla: -1, // aeglane, aeglaselt
  ignoree: -2,
  kaos: -2,
  kaootili: -2,
  paha: -2, // paha, pahane, pahandus
  viha: -2,
  kurb: -2,
  kurv: -2, // kurva, kurvad, kurvastav
  tüütu: -2,
  igav: -2, // igav, igavus
  igave: 0, // igavene (eternal)
  negatiiv: -2,
  kasutu: -2, // useless
  kasutus: 0, // usage
  solva: -2, // solvav, solvati
  kiusa: -3, // kiusamine (bullying)
  ahista: -3, // ahistamine (harassment)
  hirm: -2,
  konflikt: -2,
  tüli: -2,
  närvi: -1, // närviline, närvis
  alamaks: -2, // alamakstud (underpaid)
  bürokraat: -1,
  ületun: -1, // ületunnid
  ületöö: -1,
  kahju: -1, // kahjuks, kahjulik
  vigane: -2,
};

/** Whole words only, where a prefix would catch other words ("täna" is "today"). */
const EXACT: Readonly<Record<string, number>> = {
  aitäh: 2,
  tänan: 2,
  tänud: 2,
  häid: 2, // plural partitive of hea
  parimaid: 3,
};

const NEGATORS: ReadonlySet<string> = new Set(['ei', 'mitte', 'pole', 'polnud', 'poleks', 'polegi', 'ega', 'ilma']);
const INTENSIFIERS: ReadonlySet<string> = new Set([
  'väga', 'eriti', 'täiesti', 'äärmiselt', 'ülimalt', 'tõeliselt', 'tohutult', 'kõige',
]);
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['aga', 'kuid', 'ent']);

const MIN_STEM = 3;
const MAX_STEM = Math.max(...Object.keys(STEMS).map((s) => s.length));
const NEGATION_SCOPE = 3;
const INTENSIFIER_SCOPE = 2;
const INTENSIFIER_FACTOR = 1.5;

export interface EstonianSentimentScore {
  /** Sum of word values after negation and intensifiers. */
  score: number;
  /** score / number of tokens; 0 for a text without words. */
  comparative: number;
  /** Number of word tokens. */
  tokens: number;
  /** The lexicon words found, with the value each contributed. */
  matches: { word: string; value: number }[];
}

/** The lexicon value of one lower-cased token, or undefined when it carries no sentiment. */
export function estonianWordValue(token: string): number | undefined {
  if (Object.prototype.hasOwnProperty.call(EXACT, token)) return EXACT[token];
  for (let len = Math.min(token.length, MAX_STEM); len >= MIN_STEM; len--) {
    const stem = token.slice(0, len);
    if (Object.prototype.hasOwnProperty.call(STEMS, stem)) return STEMS[stem];
  }
  return undefined;
}

/** The text's clauses (lists of tokens) and its total number of tokens, conjunctions included. */
function clausesOf(text: string): { clauses: string[][]; tokenCount: number } {
  const lower = text.normalize('NFC').toLocaleLowerCase('et');
  const clauses: string[][] = [];
  let tokenCount = 0;
  for (const part of lower.split(/[.,;:!?…()\n\r]+/u)) {
    let clause: string[] = [];
    for (const token of part.match(/\p{L}+/gu) ?? []) {
      tokenCount++;
      if (CLAUSE_BREAKS.has(token)) {
        if (clause.length > 0) clauses.push(clause);
        clause = [];
        continue;
      }
      clause.push(token);
    }
    if (clause.length > 0) clauses.push(clause);
  }
  return { clauses, tokenCount };
}

/** Scores Estonian text as described in the header comment. Pure; no I/O. */
export function estonianSentimentScore(text: string): EstonianSentimentScore {
  const { clauses, tokenCount: tokens } = clausesOf(text);
  let score = 0;
  const matches: { word: string; value: number }[] = [];
  for (const clause of clauses) {
    let negateLeft = 0; // tokens left in which a negator still applies
    let intensifyLeft = 0;
    for (const token of clause) {
      if (NEGATORS.has(token)) {
        negateLeft = NEGATION_SCOPE + 1;
      } else if (INTENSIFIERS.has(token)) {
        intensifyLeft = INTENSIFIER_SCOPE + 1;
      } else {
        const base = estonianWordValue(token);
        if (base !== undefined && base !== 0) {
          let value = base;
          if (intensifyLeft > 0) value *= INTENSIFIER_FACTOR;
          if (negateLeft > 0) value = -value;
          score += value;
          matches.push({ word: token, value });
          negateLeft = 0;
          intensifyLeft = 0;
        }
      }
      if (negateLeft > 0) negateLeft--;
      if (intensifyLeft > 0) intensifyLeft--;
    }
  }
  return { score, comparative: tokens > 0 ? score / tokens : 0, tokens, matches };
}
