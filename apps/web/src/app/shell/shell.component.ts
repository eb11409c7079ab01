import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { LanguageToggleComponent } from '../core/i18n/language-toggle.component';
import { MailboxApiService } from '../mailbox/mailbox-api.service';

/** Top bar for signed-in people: EX Pulse, navigation, who is signed in, sign out. */
@Component({
  selector: 'exp-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatToolbarModule, MatButtonModule, TranslocoPipe, LanguageToggleComponent],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly mailbox = inject(MailboxApiService);
  protected readonly user = this.auth.user;
  /** HR pages (programmes, delivery, mailbox) are for admins; the routes and the API check it too. */
  protected readonly isAdmin = computed(() => this.user()?.role === 'admin');
  /** The dev mailbox is worth a link only while email lands there (no SMTP server): asked once per admin sign-in. */
  protected readonly mailboxEnabled = toSignal(
    toObservable(this.isAdmin).pipe(
      distinctUntilChanged(),
      switchMap((admin) =>
        admin
          ? this.mailbox.page(1).pipe(
              map((page) => page.enabled),
              catchError(() => of(false)),
            )
          : of(false),
      ),
    ),
    { initialValue: false },
  );
  protected readonly signingOut = signal(false);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  /** With <base href="/"> a plain "#main" link would navigate to "/#main"; move focus instead. */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected signOut(): void {
    this.signingOut.set(true);
    // Leave even when the call fails: the local session is forgotten either way.
    this.auth.logout().subscribe({
      complete: () => void this.router.navigateByUrl('/login'),
      error: () => void this.router.navigateByUrl('/login'),
    });
  }
}
