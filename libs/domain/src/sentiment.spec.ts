import {
  commentSentiment,
  commentSentimentEvidence,
  SENTIMENT_RULE,
  SENTIMENT_VALUE,
  sentimentFromValue,
  sentimentOfEvidence,
  type Sentiment,
} from './sentiment';
import { DomainError } from './domain-error';
import { englishSentimentEvidence } from './sentiment-en';
import { estonianSentimentEvidence, estonianWordValue } from './sentiment-et';

describe('SENTIMENT_VALUE and sentimentFromValue', () => {
  it('maps negative, neutral, positive to −1, 0, 1 and unclassified to NULL', () => {
    expect(SENTIMENT_VALUE).toEqual({ negative: -1, neutral: 0, positive: 1, unclassified: null });
  });

  it.each(['negative', 'neutral', 'positive', 'unclassified'] as Sentiment[])('round-trips %s', (s) => {
    expect(sentimentFromValue(SENTIMENT_VALUE[s])).toBe(s);
  });

  it('refuses a value outside −1, 0, 1 and NULL', () => {
    expect(() => sentimentFromValue(2 as unknown as -1)).toThrow(DomainError);
  });
});

describe('the confidence rule', () => {
  const evidence = (positive: number, negative: number, neutralCue = false) => ({ positive, negative, tokens: 5, neutralCue, matches: [] });

  it('calls a side when it outweighs the other at least 3 to 1 with enough evidence', () => {
    expect(SENTIMENT_RULE).toEqual({ DECISIVE: 0.5, BALANCED: 0.25, MIN_EVIDENCE: 0.75 });
    expect(sentimentOfEvidence(evidence(3, 0))).toBe('positive');
    expect(sentimentOfEvidence(evidence(3, 1))).toBe('positive'); // margin 2/4 = 0.5
    expect(sentimentOfEvidence(evidence(0, 0.75))).toBe('negative');
    expect(sentimentOfEvidence(evidence(1, 3))).toBe('negative');
  });

  it('is neutral for balanced mixed feelings and unclassified in between', () => {
    expect(sentimentOfEvidence(evidence(3, 3))).toBe('neutral');
    expect(sentimentOfEvidence(evidence(3, 2))).toBe('neutral'); // margin 0.2
    expect(sentimentOfEvidence(evidence(3, 1.5))).toBe('unclassified'); // margin 0.33
  });

  it('without evidence is neutral only for a question, wish or non-evaluative answer', () => {
    expect(sentimentOfEvidence(evidence(0, 0, true))).toBe('neutral');
    expect(sentimentOfEvidence(evidence(0, 0))).toBe('unclassified');
    expect(sentimentOfEvidence(evidence(0.5, 0))).toBe('unclassified');
  });
});

describe('commentSentiment', () => {
  it.each(['', '   ', '\n\t '])('is unclassified for empty or whitespace text %j in both languages', (text) => {
    expect(commentSentiment(text, 'en')).toBe('unclassified');
    expect(commentSentiment(text, 'et')).toBe('unclassified');
  });

  it('refuses a language it has no scorer for', () => {
    expect(() => commentSentiment('good', 'fi' as 'en')).toThrow(DomainError);
    expect(() => commentSentimentEvidence('good', 'fi' as 'en')).toThrow(DomainError);
  });

  it('reads the two sentences of the bug report as negative', () => {
    expect(commentSentiment('I do not see any way to grow here.', 'en')).toBe('negative');
    expect(commentSentiment('Ma ei näe siin endale arenguvõimalusi.', 'et')).toBe('negative');
  });

  describe('English (AFINN-165 and workplace words)', () => {
    it.each([
      ['Great team and a supportive manager', 'positive'],
      ['I love the flexibility, thank you!', 'positive'],
      ['The workload is terrible and I feel stressed', 'negative'],
      ['Meetings are a waste of time and nobody listens', 'negative'],
      ['Nothing to add.', 'neutral'],
      ['Could we have the team meeting on Tuesdays?', 'neutral'],
      ['I received my laptop on Monday', 'neutral'],
      ['The office moved to the third floor', 'unclassified'],
    ] as const)('%j is %s', (text, expected) => {
      expect(commentSentiment(text, 'en')).toBe(expected);
    });

    it('reads negation, with straight or typographic apostrophes', () => {
      expect(commentSentiment('good', 'en')).toBe('positive');
      expect(commentSentiment('not good', 'en')).toBe('negative');
      expect(commentSentiment("I don't like the new process", 'en')).toBe('negative');
      expect(commentSentiment('I don’t like the new process', 'en')).toBe('negative');
      expect(commentSentiment('The manager is not very helpful', 'en')).toBe('negative');
      expect(commentSentiment('Not bad at all', 'en')).toBe('positive');
      expect(commentSentiment('No complaints, keep it up', 'en')).toBe('positive');
      expect(commentSentiment('There is no time for training', 'en')).toBe('negative');
      expect(commentSentiment('Nobody from HR ever visits the stores', 'en')).toBe('negative');
      expect(commentSentiment('Never felt so welcome at a new job', 'en')).toBe('positive');
    });

    it('does not count AFINN words that mislead in employee comments', () => {
      expect(englishSentimentEvidence('Pay is paid on the 5th').matches).toEqual([]);
      expect(commentSentiment('It feels like management does not listen', 'en')).toBe('negative');
      expect(commentSentiment('More team events would be nice', 'en')).toBe('neutral'); // a wish, not praise
      expect(commentSentiment('I would recommend this company to anyone', 'en')).toBe('positive');
    });

    it('is neutral when good and bad weigh the same, and lets the clause after "but" weigh more', () => {
      expect(commentSentiment('The team is great, the pay is terrible', 'en')).toBe('neutral');
      expect(commentSentiment('The team is great, the pay is not', 'en')).toBe('neutral');
      expect(englishSentimentEvidence('The office is fine but the workload is terrible').negative).toBe(4.5); // 3 · 1.5
      expect(commentSentiment('The office is fine but the workload is terrible', 'en')).toBe('negative');
    });
  });

  describe('Estonian (stem lexicon)', () => {
    it.each([
      ['Meeskond on väga toetav ja juht on suurepärane', 'positive'],
      ['Olen oma tööga rahul, aitäh!', 'positive'],
      ['Liiga palju stressi ja ülekoormust', 'negative'],
      ['Info on segane ja vahendeid on puudu', 'negative'],
      ['Pole midagi lisada.', 'neutral'],
      ['Sain arvuti esmaspäeval kätte', 'neutral'],
      ['Tänane koosolek oli kell kümme', 'unclassified'],
    ] as const)('%j is %s', (text, expected) => {
      expect(commentSentiment(text, 'et')).toBe(expected);
    });

    it.each([
      ['toetavat', 2], ['toetab', 2], ['toetust', 2], ['headele', 2], ['häid', 2],
      ['meeldis', 2], ['suurepäraselt', 3], ['stressi', -2], ['stressis', -2],
      ['ülekoormatud', -2], ['puudub', -1], ['halvasti', -2], ['pettunud', -2],
      ['tööstressi', -2], ['ebavõrdselt', -2], ['aidata', 1],
    ])('scores the inflected form %s as %d', (word, value) => {
      expect(estonianWordValue(word)).toBe(value);
    });

    it('lets a longer stem override a shorter one and blocks false friends', () => {
      expect(estonianWordValue('rahul')).toBe(2);
      expect(estonianWordValue('rahulolematu')).toBe(-2);
      expect(estonianWordValue('stressivaba')).toBe(1);
      expect(estonianWordValue('puudutab')).toBe(0); // "touches", not "missing"
      expect(estonianWordValue('lahendus')).toBe(0); // "solution", not "lahe" (cool)
      expect(estonianWordValue('heaolu')).toBe(0); // "wellbeing" as a topic, not "hea"
      expect(estonianWordValue('täna')).toBeUndefined(); // "today", not "tänan" (thank you)
      expect(commentSentiment('Lahendus puudutab kõiki', 'et')).toBe('unclassified');
    });

    it('matches upper-case and inflected forms in a sentence', () => {
      expect(commentSentiment('TOETAVAT juhti on HEA omada', 'et')).toBe('positive');
      expect(commentSentiment('Tundsin stressi', 'et')).toBe('negative');
    });

    it('reads negation before and after the word', () => {
      expect(commentSentiment('Juht on toetav', 'et')).toBe('positive');
      expect(commentSentiment('Juht ei ole toetav', 'et')).toBe('negative');
      expect(commentSentiment('Mulle ei meeldi uus kord', 'et')).toBe('negative');
      expect(commentSentiment('Sissejuhatus polnud selge', 'et')).toBe('negative');
      expect(commentSentiment('Ei ole halb', 'et')).toBe('positive');
      expect(commentSentiment('Pole probleeme', 'et')).toBe('positive');
      expect(commentSentiment('Probleeme pole olnud', 'et')).toBe('positive');
      expect(commentSentiment('Karjäärivõimalusi ei ole', 'et')).toBe('negative');
      expect(commentSentiment('Koolitusteks pole aega', 'et')).toBe('negative');
      expect(commentSentiment('Mind pandi tööle ilma väljaõppeta', 'et')).toBe('negative');
      expect(commentSentiment('Keegi ei korista', 'et')).toBe('negative');
      expect(commentSentiment('Pole kunagi nii oodatud tundnud', 'et')).toBe('positive');
    });

    it('keeps negation inside its clause, but not across a comma before "et"', () => {
      expect(estonianSentimentEvidence('Ei sõitnud, tore oli').positive).toBe(2);
      expect(estonianSentimentEvidence('Ei sõitnud, tore oli').negative).toBe(0);
      expect(commentSentiment('Ma ei tunne, et mind hinnataks', 'et')).toBe('negative');
    });

    it('strengthens the next sentiment word after an intensifier', () => {
      expect(estonianSentimentEvidence('Olen rahul').positive).toBe(2);
      expect(estonianSentimentEvidence('Olen väga rahul').positive).toBe(3);
      expect(estonianSentimentEvidence('Olen eriti rahulolematu').negative).toBe(3);
    });

    it('reads conditionals as wishes, not praise', () => {
      expect(commentSentiment('Rohkem ühisüritusi oleks tore', 'et')).toBe('neutral');
      expect(commentSentiment('Soovitaksin seda tööandjat sõpradele', 'et')).toBe('positive');
    });

    it('is neutral when positive and negative words weigh the same', () => {
      const mixed = estonianSentimentEvidence('Meeskond on tore, töökoormus on halb');
      expect(mixed.matches.map((m) => m.word)).toEqual(['tore', 'halb']);
      expect(commentSentiment('Meeskond on tore, töökoormus on halb', 'et')).toBe('neutral');
      expect(commentSentiment('Meeskond on super, palk mitte', 'et')).toBe('neutral');
    });

    it('leans to the stronger side in mixed text', () => {
      expect(commentSentiment('Meeskond on tore, aga töökoormus on kohutav ja juht ei hooli', 'et')).toBe('negative');
      // 2 against 3 · 1.5 after "aga": a margin of 0.38, not decisive.
      expect(commentSentiment('Meeskond on tore, aga töökoormus on kohutav', 'et')).toBe('unclassified');
    });
  });
});
