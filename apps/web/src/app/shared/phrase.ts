/** A translation key with its parameters, translated in the template (or with TranslocoService). */
export interface Phrase {
  key: string;
  params?: Record<string, unknown>;
}
