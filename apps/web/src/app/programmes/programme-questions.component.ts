import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormArray, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { ProgrammeQuestion } from '@ex-pulse/contracts';
import { EXTRA_KINDS, ExtraQuestionForm, MAX_EXTRA_QUESTIONS, extraQuestion } from './programme-form';
import { errorPhrase } from './programme-rules';

/** The questions of a programme: the fixed first one, up to two more, and the optional comment box. */
@Component({
  selector: 'exp-programme-questions',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
  templateUrl: './programme-questions.component.html',
  styleUrl: './programme-questions.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeQuestionsComponent {
  readonly first = input.required<ProgrammeQuestion>();
  readonly extras = input.required<FormArray<ExtraQuestionForm>>();
  readonly comment = input.required<FormControl<boolean>>();

  protected readonly kinds = EXTRA_KINDS;
  protected readonly max = MAX_EXTRA_QUESTIONS;
  protected readonly errorPhrase = errorPhrase;

  protected add(): void {
    if (this.extras().length < this.max) this.extras().push(extraQuestion());
  }

  protected remove(index: number): void {
    this.extras().removeAt(index);
  }
}
