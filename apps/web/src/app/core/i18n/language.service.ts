import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Language } from '@ex-pulse/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import { LANGUAGES, languageFromTag } from './language';

const STORAGE_KEY = 'ex-pulse.lang';

/** The active UI language: Transloco, <html lang> and the remembered choice, kept in step. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly active = signal<Language>('en');
  readonly current = this.active.asReadonly();

  /** App start: pick the remembered or the browser's language and load both (they are small). */
  async init(): Promise<void> {
    const nav = this.document.defaultView?.navigator;
    this.use(languageFromTag(this.readStored()) ?? languageFromTag(nav?.language) ?? 'en');
    try {
      await firstValueFrom(forkJoin(LANGUAGES.map((lang) => this.transloco.load(lang))));
    } catch (err) {
      console.error('Translations could not be loaded', err);
    }
  }

  /** Switch language; `remember` when the person chose it themselves. */
  use(lang: Language, remember = false): void {
    this.active.set(lang);
    this.transloco.setActiveLang(lang);
    this.document.documentElement.lang = lang;
    if (remember) this.store(lang);
  }

  private readStored(): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(STORAGE_KEY) ?? null;
    } catch {
      return null; // storage disabled (private mode, strict settings)
    }
  }

  private store(lang: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      /* not remembering is fine */
    }
  }
}
