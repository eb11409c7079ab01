import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language } from '@ex-pulse/contracts';
import { LanguageService } from './language.service';

/** EN / ET switch. Each button names its language in that language, for screen readers too. */
@Component({
  selector: 'exp-language-toggle',
  imports: [TranslocoPipe],
  template: `
    <div class="toggle" role="group" [attr.aria-label]="'common.language' | transloco">
      @for (option of options; track option.lang) {
        <button
          type="button"
          class="toggle__button"
          [class.toggle__button--active]="language.current() === option.lang"
          [attr.aria-pressed]="language.current() === option.lang"
          [attr.lang]="option.lang"
          [attr.aria-label]="option.name"
          (click)="language.use(option.lang, true)"
        >
          {{ option.short }}
        </button>
      }
    </div>
  `,
  styles: `
    .toggle { display: inline-flex; border: 1px solid var(--mat-sys-outline); border-radius: 999px; overflow: hidden; }
    .toggle__button {
      min-width: 44px; min-height: 36px; padding: 0 10px; border: 0; background: transparent;
      color: inherit; font: inherit; font-weight: 600; cursor: pointer;
    }
    .toggle__button--active { background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); }
    .toggle__button:focus-visible { outline-offset: -3px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageToggleComponent {
  protected readonly language = inject(LanguageService);
  protected readonly options: { lang: Language; short: string; name: string }[] = [
    { lang: 'en', short: 'EN', name: 'English' },
    { lang: 'et', short: 'ET', name: 'Eesti keel' },
  ];
}
