import type { Language } from '@ex-pulse/contracts';

/** The eNPS question as PRODUCT.md words it, in every language an employee may have. */
export function enpsQuestion(language: Language, organisation: string): string {
  return language === 'et'
    ? `Kui tõenäoliselt soovitaksid ettevõtet ${organisation} töökohana oma sõbrale või tuttavale?`
    : `How likely are you to recommend ${organisation} as a place to work?`;
}
