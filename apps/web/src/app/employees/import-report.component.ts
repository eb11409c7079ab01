import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ImportReport } from '@ex-pulse/contracts';

/** What an import did (or would do): counts, then every rejected row with its reasons. */
@Component({
  selector: 'exp-import-report',
  imports: [TranslocoPipe],
  template: `
    @let r = report();
    <dl class="counts">
      <div><dt>{{ 'import.report.total' | transloco }}</dt><dd>{{ r.totalRows }}</dd></div>
      <div><dt>{{ 'import.report.valid' | transloco }}</dt><dd>{{ r.validRows }}</dd></div>
      <div><dt>{{ 'import.report.failed' | transloco }}</dt><dd>{{ r.errors.length }}</dd></div>
      @if (r.applied) {
        <div><dt>{{ 'import.report.created' | transloco }}</dt><dd>{{ r.created }}</dd></div>
        <div><dt>{{ 'import.report.updated' | transloco }}</dt><dd>{{ r.updated }}</dd></div>
      }
    </dl>
    @if (r.errors.length > 0) {
      <div class="table-scroll">
        <table class="errors">
          <caption>{{ (r.applied ? 'import.report.skippedRows' : 'import.report.rowsWithProblems') | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'import.report.line' | transloco }}</th>
              <th scope="col">{{ 'import.report.externalId' | transloco }}</th>
              <th scope="col">{{ 'import.report.reasons' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of r.errors; track row.line) {
              <tr>
                <td class="num">{{ row.line }}</td>
                <td>{{ row.externalId ?? '–' }}</td>
                <td>
                  <ul>
                    @for (reason of row.reasons; track $index) { <li>{{ reason }}</li> }
                  </ul>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styleUrl: './import-report.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportReportComponent {
  readonly report = input.required<ImportReport>();
}
