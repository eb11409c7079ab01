import { ModuleWithProviders } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../../i18n/en.json';
import et from '../../../i18n/et.json';

/** The real English and Estonian texts, loaded synchronously for component tests. */
export function translocoTesting(defaultLang: 'en' | 'et' = 'en'): ModuleWithProviders<TranslocoTestingModule> {
  return TranslocoTestingModule.forRoot({
    langs: { en, et },
    translocoConfig: { availableLangs: ['en', 'et'], defaultLang, reRenderOnLangChange: true },
    preloadLangs: true,
  });
}

/** Let signals, effects and pending promises settle (zoneless tests). */
export async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  fixture.detectChanges();
  await fixture.whenStable();
}

/** Text as a reader meets it: element boundaries count as spaces, runs of whitespace collapse. */
export function textOf(element: Element | null | undefined): string {
  const walk = (node: Node): string =>
    node.nodeType === Node.TEXT_NODE
      ? (node.textContent ?? '')
      : ` ${Array.from(node.childNodes).map(walk).join('')} `;
  return element ? walk(element).replace(/\s+/g, ' ').trim() : '';
}
