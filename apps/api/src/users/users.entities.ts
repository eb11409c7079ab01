import { AccountToken } from './account-token.entity';
import { AppUser } from './app-user.entity';

/** The accounts' tables (foundation migration, and 1765600000000). */
export const USER_ENTITIES = [AppUser, AccountToken];
