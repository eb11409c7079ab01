import { Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';

/**
 * Translations are bundled as lazy chunks (no HTTP fetch of JSON, no external host):
 * they load under a strict CSP (script-src 'self') and wherever the API serves the built app.
 */
@Injectable({ providedIn: 'root' })
export class BundledTranslationLoader implements TranslocoLoader {
  getTranslation(lang: string): Promise<Translation> {
    const load = lang === 'et' ? import('../../../i18n/et.json') : import('../../../i18n/en.json');
    return load.then((m) => m.default as Translation);
  }
}
