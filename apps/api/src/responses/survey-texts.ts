import type { Language, SurveyExtraQuestion } from '@ex-pulse/contracts';
import { AGREEMENT_LABELS, ExtraQuestion } from '@ex-pulse/domain';

/** The eNPS question as PRODUCT.md words it, in every language an employee may have. */
export function enpsQuestion(language: Language, organisation: string): string {
  return language === 'et'
    ? `Kui tõenäoliselt soovitaksid ettevõtet ${organisation} töökohana oma sõbrale või tuttavale?`
    : `How likely are you to recommend ${organisation} as a place to work?`;
}

/** The extra question as the answer page shows it, in the invitation's language. */
export function extraQuestionView(question: ExtraQuestion | null, language: Language): SurveyExtraQuestion | null {
  if (!question) return null;
  if (question.kind === 'scale') {
    return {
      kind: 'scale', key: question.key, text: question.text[language],
      lowLabel: AGREEMENT_LABELS[0][language], highLabel: AGREEMENT_LABELS[AGREEMENT_LABELS.length - 1][language],
    };
  }
  return {
    kind: 'choice', key: question.key, text: question.text[language],
    options: question.options.map((o) => ({ key: o.key, label: o.label[language] })),
  };
}
