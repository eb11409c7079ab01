import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';

/**
 * An email's HTML as the employee sees it, in an iframe sandboxed with no permissions at all:
 * no scripts, no same-origin access, no forms, no popups, no top navigation. Inside that box
 * Angular's HTML sanitizer is not needed (it would strip the email's inline styles).
 */
@Component({
  selector: 'exp-email-frame',
  template: `<iframe class="frame" sandbox="" referrerpolicy="no-referrer" [attr.title]="title()" [attr.srcdoc]="trusted()"></iframe>`,
  styles: `
    :host { display: block; }
    .frame {
      display: block; box-sizing: border-box; width: 100%; height: 440px;
      border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; background: #fff;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailFrameComponent {
  private readonly sanitizer = inject(DomSanitizer);
  readonly html = input.required<string>();
  /** Names the frame for screen readers. */
  readonly title = input.required<string>();
  protected readonly trusted = computed(() => this.sanitizer.bypassSecurityTrustHtml(this.html()));
}
