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
