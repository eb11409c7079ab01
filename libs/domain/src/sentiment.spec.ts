import {
  commentSentiment,
  SENTIMENT_THRESHOLD,
  SENTIMENT_VALUE,
  sentimentFromValue,
  type Sentiment,
} from './sentiment';
import { DomainError } from './domain-error';
import { estonianSentimentScore, estonianWordValue } from './sentiment-et';

describe('SENTIMENT_VALUE and sentimentFromValue', () => {
  it('maps negative, neutral, positive to −1, 0, 1', () => {
    expect(SENTIMENT_VALUE).toEqual({ negative: -1, neutral: 0, positive: 1 });
  });

  it.each(['negative', 'neutral', 'positive'] as Sentiment[])('round-trips %s', (s) => {
    expect(sentimentFromValue(SENTIMENT_VALUE[s])).toBe(s);
  });

  it('refuses a value outside −1, 0, 1', () => {
    expect(() => sentimentFromValue(2 as unknown as -1)).toThrow(DomainError);
  });
});

describe('commentSentiment', () => {
  it.each(['', '   ', '\n\t '])('is neutral for empty or whitespace text %j in both languages', (text) => {
    expect(commentSentiment(text, 'en')).toBe('neutral');
    expect(commentSentiment(text, 'et')).toBe('neutral');
  });

  it('refuses a language it has no scorer for', () => {
    expect(() => commentSentiment('good', 'fi' as 'en')).toThrow(DomainError);
  });

  describe('English (AFINN-165 through the sentiment package)', () => {
    it.each([
      ['Great team and a supportive manager', 'positive'],
      ['I love the flexibility, thank you!', 'positive'],
      ['The workload is terrible and I feel stressed', 'negative'],
      ['Meetings are a waste of time and nobody listens', 'negative'],
      ['I received my laptop on Monday', 'neutral'],
      ['The office moved to the third floor', 'neutral'],
    ])('%j is %s', (text, expected) => {
      expect(commentSentiment(text, 'en')).toBe(expected);
    });

    it('flips a word right after a negator, with straight or typographic apostrophes', () => {
      expect(commentSentiment('good', 'en')).toBe('positive');
      expect(commentSentiment('not good', 'en')).toBe('negative');
      expect(commentSentiment("I don't like the new process", 'en')).toBe('negative');
      expect(commentSentiment('I don’t like the new process', 'en')).toBe('negative');
      expect(commentSentiment('The manager is not helpful', 'en')).toBe('negative');
    });

    it('is neutral when positive and negative words cancel', () => {
      expect(commentSentiment('The team is great but the workload is terrible', 'en')).toBe('neutral');
    });

    it('leaves one weak word in a long factual comment neutral (below the threshold)', () => {
      // "like" (+2) is the only AFINN word among 42: comparative 2/42 ≈ 0.048 < 0.05.
      const long = 'We moved the weekly planning meeting from Monday to Tuesday and the agenda now ' +
        'starts with the ticket queue then the release list then any other business and we ' +
        'would like the notes posted in the team channel before lunch each week';
      expect(long.split(/\s+/).length).toBe(42);
      expect(SENTIMENT_THRESHOLD).toBe(0.05);
      expect(commentSentiment(long, 'en')).toBe('neutral');
      expect(commentSentiment('We would like the notes posted', 'en')).toBe('positive');
    });
  });

  describe('Estonian (stem lexicon)', () => {
    it.each([
      ['Meeskond on väga toetav ja juht on suurepärane', 'positive'],
      ['Olen oma tööga rahul, aitäh!', 'positive'],
      ['Liiga palju stressi ja ülekoormust', 'negative'],
      ['Info on segane ja vahendeid on puudu', 'negative'],
      ['Sain arvuti esmaspäeval kätte', 'neutral'],
      ['Tänane koosolek oli kell kümme', 'neutral'],
    ])('%j is %s', (text, expected) => {
      expect(commentSentiment(text, 'et')).toBe(expected);
    });

    it.each([
      ['toetavat', 2], ['toetab', 2], ['toetust', 2], ['headele', 2], ['häid', 2],
      ['meeldis', 2], ['suurepäraselt', 3], ['stressi', -2], ['stressis', -2],
      ['ülekoormatud', -2], ['puudub', -1], ['halvasti', -2], ['pettunud', -2],
    ])('scores the inflected form %s as %d', (word, value) => {
      expect(estonianWordValue(word)).toBe(value);
    });

    it('lets a longer stem override a shorter one and blocks false friends', () => {
      expect(estonianWordValue('rahul')).toBe(2);
      expect(estonianWordValue('rahulolematu')).toBe(-2);
      expect(estonianWordValue('stressivaba')).toBe(1);
      expect(estonianWordValue('puudutab')).toBe(0); // "touches", not "missing"
      expect(estonianWordValue('lahendus')).toBe(0); // "solution", not "lahe" (cool)
      expect(estonianWordValue('täna')).toBeUndefined(); // "today", not "tänan" (thank you)
      expect(commentSentiment('Lahendus puudutab kõiki', 'et')).toBe('neutral');
    });

    it('matches upper-case and inflected forms in a sentence', () => {
      expect(commentSentiment('TOETAVAT juhti on HEA omada', 'et')).toBe('positive');
      expect(commentSentiment('Tundsin stressi', 'et')).toBe('negative');
    });

    it('flips the next sentiment word after ei, mitte, pole, polnud', () => {
      expect(commentSentiment('Juht on toetav', 'et')).toBe('positive');
      expect(commentSentiment('Juht ei ole toetav', 'et')).toBe('negative');
      expect(commentSentiment('Mulle ei meeldi uus kord', 'et')).toBe('negative');
      expect(commentSentiment('See oli mitte hea', 'et')).toBe('negative');
      expect(commentSentiment('Sissejuhatus polnud selge', 'et')).toBe('negative');
      expect(commentSentiment('Pole probleeme', 'et')).toBe('positive');
    });

    it('keeps negation inside its clause', () => {
      // "ei" ends with the comma; "tore" in the next clause stays positive.
      expect(estonianSentimentScore('Ei tea, tore oli').score).toBe(2);
    });

    it('strengthens the next sentiment word after an intensifier', () => {
      expect(estonianSentimentScore('Olen rahul').score).toBe(2);
      expect(estonianSentimentScore('Olen väga rahul').score).toBe(3);
      expect(estonianSentimentScore('Olen eriti rahulolematu').score).toBe(-3);
    });

    it('is neutral when positive and negative words cancel', () => {
      const mixed = estonianSentimentScore('Meeskond on tore, aga töökoormus on halb');
      expect(mixed.score).toBe(0);
      expect(mixed.matches.map((m) => m.word)).toEqual(['tore', 'halb']);
      expect(commentSentiment('Meeskond on tore, aga töökoormus on halb', 'et')).toBe('neutral');
    });

    it('leans to the stronger side in mixed text', () => {
      expect(commentSentiment('Meeskond on tore, aga töökoormus on kohutav', 'et')).toBe('negative');
    });

    it('reports comparative as score per word', () => {
      const r = estonianSentimentScore('Meeskond on väga toetav');
      expect(r.tokens).toBe(4);
      expect(r.score).toBe(3);
      expect(r.comparative).toBeCloseTo(0.75);
    });
  });
});
