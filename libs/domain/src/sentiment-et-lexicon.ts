/*
 * The Estonian word list of comment sentiment (see sentiment-et.ts for how it is matched):
 * our own list for employee comments, after the idea of Pajupuu, Altrov & Pajupuu (2016).
 */

/** Stems matched as prefixes of a token, longest first. Values: +3 strong … −3 strong, 0 blocks. */
export const ESTONIAN_STEMS: Readonly<Record<string, number>> = {
  // positive
  hea: 2, // hea, head, heaks, heal, heameel
  heaolu: 0, // wellbeing, as a topic
  parem: 2, // parem, parema, paremini, paremaks
  paremal: 0, // "on the right" (paremal, paremale)
  parim: 3,
  suurepära: 3, // suurepärane, suurepärast, suurepäraselt
  meeldi: 2, // meeldib, meeldis, meeldiv, meeldinud, (ei) meeldi
  rahul: 2, // rahul, rahulolu, rahulolev
  rahulik: 1, // calm, rahulikum
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
  äge: 2, // äge, ägedad (colloquial "cool")
  mõnus: 2, // mõnus, mõnusad
  mega: 2, // mega, megahea (colloquial)
  vahva: 2,
  kihvt: 2,
  sõbralik: 2,
  abivalmi: 2, // abivalmis, abivalmid
  professionaal: 2,
  kompetent: 2,
  motiveeri: 2, // motiveeritud, motiveeriv
  innusta: 2, // innustab, innustav
  inspireeri: 2,
  huvita: 2, // huvitav, huvitavad, (ei) huvita
  põnev: 2,
  vaheldusrik: 2, // vaheldusrikas
  selge: 1, // selge, selged, selgelt, selgeks
  õiglas: 2, // õiglane, õiglast, õiglaselt
  õiglu: 2, // õiglus
  tunnusta: 2, // tunnustatud, tunnustab
  tunnustus: 2,
  paindlik: 2,
  usald: 2, // usaldus, usaldan, usaldatakse
  hinnat: 2, // hinnatakse, hinnatud, hinnataks
  lugupida: 2, // lugupidav, lugupidavalt
  õnnelik: 3,
  rõõm: 2, // rõõm, rõõmus, rõõmustab
  naudi: 2, // naudin, naudib
  nauti: 2, // nautima, nautisin
  mugav: 2, // mugav, mugavalt, mugavus
  kasulik: 2,
  positiiv: 2,
  edu: 2, // edu, edukas, edukalt, edusamm
  edutam: 0, // edutamine (promotion), a topic
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
  ladus: 2, // ladus, ladusalt (smooth)
  lihtne: 1,
  lihtsa: 1, // lihtsam, lihtsamaks
  lihtsalt: 0, // "simply"
  uhke: 2, // proud
  soovita: 2, // soovitan, soovitaksin (recommend)
  arene: 1, // arenen, areneda, arenenud (to grow)
  aita: 1, // aitab, aitas, aitavad
  sobi: 1, // sobib, sobis
  sobimatu: -2,
  pluss: 1,
  kaasaeg: 1, // kaasaegne
  tulevik: 1, // "näen siin tulevikku"
  puhas: 1,
  vabadus: 1,
  piisav: 1, // piisavalt (enough)
  edasimine: 2, // edasiminek (a step forward)
  julgusta: 2, // julgustav (encouraging)
  arusaadav: 1, // clear, understandable
  hindan: 2, // "hindan seda" (I appreciate)
  hindamatu: 2, // invaluable
  unustamatu: 2, // unforgettable
  vaieldamatu: 0,
  kahtlematu: 0,
  ootamatu: 0, // unexpected
  sõltumatu: 0, // independent
  aus: 2, // aus, ausad, ausalt (honest)
  väärt: 1, // "(pole) seda väärt"
  päästerõnga: 2, // lifesaver
  päästerõngas: 2,
  valutu: 2, // painless
  libedalt: 2, // smoothly
  sujuv: 2, // sujuv, sujuvalt
  töökindel: 2, // reliable
  töökindla: 2,
  aida: 1, // aidata, aidanud (consonant gradation of aita-)
  armas: 2,
  lahke: 2,
  vastutulelik: 2,
  mõistev: 2,
  asjalik: 2,
  tõhus: 2,
  efektiivne: 1,
  kvaliteet: 1,
  vägev: 2,
  muhe: 2,
  lust: 2,
  kõva: 1, // colloquial "great" (kõva tiim)

  // negative
  halb: -2, // halb, halba
  halv: -2, // halva, halvad, halvasti, halvem, halvim
  kehv: -2, // kehv, kehvasti, kehvemaks
  nõrk: -2,
  nõrga: -2, // nõrga, nõrgalt
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
  kurn: -2, // kurnav, kurnatud, kurnas
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
  õudne: -3,
  õudus: -3,
  jama: -2, // colloquial "rubbish"
  nõme: -2, // colloquial "lame, stupid"
  kõrini: -3, // "mul on kõrini" (fed up)
  hull: -2, // hullem, hullemaks
  pask: -3,
  sitt: -3,
  perses: -3,
  kole: -2,
  nigel: -2,
  kesine: -2,
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
  mõttetu: -2,
  lootusetu: -2,
  lõputu: -1,
  võimatu: -2,
  solva: -2, // solvav, solvati
  kiusa: -3, // kiusamine (bullying)
  ahista: -3, // ahistamine (harassment)
  hirm: -2,
  konflikt: -2,
  tüli: -2,
  närvi: -1, // närviline, närvis
  alamaks: -2, // alamakstud (underpaid)
  bürokraat: -1,
  paberimajandus: -1,
  ületun: -1, // ületunnid
  ületöö: -1,
  kahju: -1, // kahjuks, kahjulik
  vigane: -2,
  soosi: -2, // soosikud, soositakse (favouritism)
  klatši: -2, // klatšima (gossip)
  karju: -2, // karjub (shouts)
  mikromanag: -2, // mikromanageerimine
  tulekustut: -2, // "pidev tulekustutamine" (constant firefighting)
  surve: -1, // survet, surve all
  pinge: -1, // pinge, pingeline
  lärm: -1, // lärm, lärmakas
  madal: -1, // madal, madalam (pay)
  vananenud: -1,
  katke: -1, // katkeb (drops)
  hilja: -1, // hilja, hiljaks
  hiline: -1,
  hilinem: -1,
  vaevu: -1, // barely
  küsitlus: 0, // survey, a topic (not küsi- "ask")
  normaalne: 0,
  koondami: -2, // koondamine (layoffs)
  karda: -2, // kardan (fear)
  kaebus: -2, // kaebus, kaebusi (complaints)
  külmuta: -1.5, // külmutatud (frozen pay)
  raiska: -2, // raiskama
  raisa: -2, // raisatud
  müsteerium: -1,
  jälgimi: -1, // jälgimine (surveillance)
  katki: -2, // broken
  alahinna: -2, // alahinnatud (undervalued)
  demotiv: -2,
  kitsas: -1,
  ohtlik: -2,
  ülbe: -2,
  ükskõik: -1, // ükskõikne
  saamatu: -2,
  oskamatu: -2,
  tüdi: -2, // tüdinud (fed up)
  villand: -2,
  ärrita: -2, // ärritav, ärritunud
  frustreeri: -2,
  vastuvõetamatu: -2,
  naeruväär: -2, // naeruväärne
  absurd: -2,
  süüdista: -2, // süüdistamine (blame)
  räpane: -2, // dirty
  räpas: -2,
  naljanumber: -2, // "palk on nagu naljanumber"
  tühista: -1, // tühistab (cancels)
  talumatu: -2,
  väljakannatamatu: -2,
  arusaamatu: -1,
  lubamatu: -2,
  mõistmatu: -2,
  normi: 0, // "normiks muutunud"
};

/** Whole words only, where a prefix would catch other words ("täna" is "today", "vale" is in "valem"). */
export const ESTONIAN_EXACT: Readonly<Record<string, number>> = {
  aitäh: 2,
  tänan: 2,
  tänud: 2,
  häid: 2, // plural partitive of hea
  parimaid: 3,
  hästi: 2,
  norm: 1, // colloquial "fine"
  vähe: -1,
  vale: -1,
  valesti: -1,
  külm: -1,
  külma: -1,
  oodatud: 1,
  oodatuna: 2,
  avatult: 1,
  abiks: 1,
  kiirem: 1,
  kiiremini: 1,
  kiiresti: 1,
  rikub: -2,
  õppinud: 1, // learned (õppida "to study" carries nothing)
  õpin: 1,
  õpime: 1,
  tasuta: 1,
  üksi: -1, // alone
  keskmine: 0,
};
