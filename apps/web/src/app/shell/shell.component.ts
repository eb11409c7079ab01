import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet, isActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { DigestToggleComponent } from '../core/digest/digest-toggle.component';
import { LanguageToggleComponent } from '../core/i18n/language-toggle.component';
import { MailboxApiService } from '../mailbox/mailbox-api.service';

/** One destination in the top bar: where it goes, its label's translation key, its test id. */
interface NavLink {
  path: string;
  label: string;
  testId: string;
}

const DASHBOARD: NavLink = { path: '/dashboard', label: 'shell.dashboard', testId: 'nav-dashboard' };
const EMPLOYEES: NavLink = { path: '/employees', label: 'shell.employees', testId: 'nav-employees' };
const DEPARTMENTS: NavLink = { path: '/departments', label: 'shell.departments', testId: 'nav-departments' };
const LIFECYCLE: NavLink = { path: '/lifecycle', label: 'lifecycle.nav', testId: 'nav-lifecycle' };
const LINKAGE: NavLink = { path: '/linkage', label: 'linkage.nav', testId: 'nav-linkage' };
const FOLLOW_UP: NavLink = { path: '/follow-up', label: 'followUp.nav', testId: 'nav-follow-up' };
const INTERNAL_SERVICE: NavLink = { path: '/internal-service', label: 'shell.internalService', testId: 'nav-internal-service' };
const PROGRAMMES: NavLink = { path: '/programmes', label: 'shell.programmes', testId: 'nav-programmes' };
const DELIVERY: NavLink = { path: '/delivery', label: 'shell.delivery', testId: 'nav-delivery' };
const CUSTOMER_SCORES: NavLink = { path: '/customer-scores', label: 'customerScores.nav', testId: 'nav-customer-scores' };
const MAILBOX: NavLink = { path: '/mailbox', label: 'shell.mailbox', testId: 'nav-mailbox' };
const USERS: NavLink = { path: '/users', label: 'shell.users', testId: 'nav-users' };
const AUDIT_LOG: NavLink = { path: '/audit-log', label: 'shell.auditLog', testId: 'nav-audit-log' };
const ALL_LINKS = [DASHBOARD, EMPLOYEES, DEPARTMENTS, LIFECYCLE, LINKAGE, FOLLOW_UP, INTERNAL_SERVICE, PROGRAMMES, DELIVERY, CUSTOMER_SCORES, MAILBOX, USERS, AUDIT_LOG];

/**
 * Top bar for signed-in people: EX Pulse, navigation, who is signed in, sign out.
 * HR admins get the everyday pages as links and their set-up pages under one "Administration" menu, so the bar
 * stays on one line; the others keep all their (five) pages as links, none of which is administration for them.
 * Below 720 px the direct links fold into a "Menu" button (CSS only: both are in the DOM, one is hidden).
 */
@Component({
  selector: 'exp-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatButtonModule,
    MatMenuModule,
    TranslocoPipe,
    LanguageToggleComponent,
    DigestToggleComponent,
  ],
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
  /**
   * The dev mailbox is worth a link only on a seeded demo (elsewhere the API answers 404) while email lands there
   * (no SMTP server): asked once per admin sign-in.
   */
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
  /** Shown as links on wide screens; behind "Menu" on narrow ones. Same pages per role as before the grouping. */
  protected readonly mainLinks = computed(() =>
    this.isAdmin() ? [DASHBOARD, LIFECYCLE, LINKAGE, FOLLOW_UP] : [DASHBOARD, EMPLOYEES, LIFECYCLE, LINKAGE, FOLLOW_UP, INTERNAL_SERVICE],
  );
  /** The HR set-up pages under "Administration": empty (no menu) for leaders and managers. */
  protected readonly adminLinks = computed(() =>
    this.isAdmin()
      ? [EMPLOYEES, DEPARTMENTS, PROGRAMMES, DELIVERY, CUSTOMER_SCORES, INTERNAL_SERVICE, USERS, AUDIT_LOG, ...(this.mailboxEnabled() ? [MAILBOX] : [])]
      : [],
  );
  /** Whether each page (or a page below it) is the current route, the way routerLinkActive decides for a link. */
  private readonly active = new Map(ALL_LINKS.map((link) => [link.path, isActive(link.path, this.router)]));
  protected readonly mainActive = computed(() => this.mainLinks().some((link) => this.active.get(link.path)?.()));
  protected readonly adminActive = computed(() => this.adminLinks().some((link) => this.active.get(link.path)?.()));
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
