import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';

/** The thin bar under a page header while something loads; it keeps its height so nothing jumps. */
@Component({
  selector: 'exp-loading-bar',
  imports: [MatProgressBarModule],
  template: `@if (active()) { <mat-progress-bar mode="indeterminate" /> }`,
  styles: `:host { display: block; height: 4px; }`,
  host: { 'aria-hidden': 'true' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadingBarComponent {
  readonly active = input.required<boolean>();
}
