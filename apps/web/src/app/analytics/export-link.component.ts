import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

/** "Export CSV": a plain download of the view with the page's current parameters (cookies authenticate it). */
@Component({
  selector: 'exp-export-link',
  imports: [MatButtonModule, TranslocoPipe],
  template: `
    <a mat-stroked-button [href]="href()" download data-testid="export-csv" [attr.aria-label]="label() ?? ('analytics.export' | transloco)">
      {{ 'analytics.export' | transloco }}
    </a>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportLinkComponent {
  readonly href = input.required<string>();
  /** A longer accessible name when a page has several exports ("Export the trend as CSV"). */
  readonly label = input<string | null>(null);
}
