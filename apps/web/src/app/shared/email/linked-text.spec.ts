import { linkParts } from './linked-text';

describe('linkParts', () => {
  it('turns http(s) addresses into links, keeping the sentence around them', () => {
    expect(linkParts('Answer here: http://localhost:3000/s#abc-DEF_1.\nThanks')).toEqual([
      { text: 'Answer here: ', url: null },
      { text: 'http://localhost:3000/s#abc-DEF_1', url: 'http://localhost:3000/s#abc-DEF_1' },
      { text: '.\nThanks', url: null },
    ]);
  });

  it('links nothing but web addresses', () => {
    expect(linkParts('javascript:alert(1) mailto:a@b.c data:text/html,x')).toEqual([
      { text: 'javascript:alert(1) mailto:a@b.c data:text/html,x', url: null },
    ]);
  });

  it('handles several links and text without any', () => {
    expect(linkParts('(https://a.test/x) and https://b.test').map((p) => p.url)).toEqual([null, 'https://a.test/x', null, 'https://b.test']);
    expect(linkParts('')).toEqual([]);
  });
});
