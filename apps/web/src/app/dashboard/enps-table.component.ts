import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { EnpsCell } from '@ex-pulse/contracts';
import { SharePipe, SignedPipe } from './enps-format.pipes';

export type EnpsTableRow = EnpsCell & { depth?: number };

/**
 * eNPS per group as a table. A withheld group keeps its row and says why, in place of numbers;
 * `depth` indents rows (department tree).
 */
@Component({
  selector: 'exp-enps-table',
  imports: [TranslocoPipe, SignedPipe, SharePipe],
  templateUrl: './enps-table.component.html',
  styleUrl: './enps-table.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnpsTableComponent {
  readonly rows = input.required<readonly EnpsTableRow[]>();
  readonly k = input.required<number>();
  readonly groupHeader = input.required<string>();
  readonly caption = input<string | null>(null);
}
