// Minimal types for the `sentiment` package (5.x, CommonJS, `module.exports = Sentiment`),
// covering only what libs/domain uses. Referenced from sentiment.ts with a triple-slash
// directive, so every program that compiles the domain library (api, web) sees it.
declare module 'sentiment' {
  namespace Sentiment {
    interface AnalysisResult {
      /** Sum of the AFINN values of the matched tokens (negation applied). */
      score: number;
      /** score / number of tokens. */
      comparative: number;
      tokens: string[];
      words: string[];
      positive: string[];
      negative: string[];
    }
    interface AnalysisOptions {
      /** Two-letter language code; 'en' when omitted. */
      language?: string;
    }
  }
  class Sentiment {
    constructor(options?: object);
    analyze(phrase: string, options?: Sentiment.AnalysisOptions): Sentiment.AnalysisResult;
  }
  export = Sentiment;
}

// The package's AFINN-165 word list (word → −5..+5), read directly so that extra workplace
// words never mutate the package's shared copy (its `extras` option does Object.assign on it).
declare module 'sentiment/languages/en/labels.json' {
  const labels: Record<string, number>;
  export = labels;
}
