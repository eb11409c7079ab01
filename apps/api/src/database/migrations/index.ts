import { CreateFoundationSchema1763830000000 } from './1763830000000-CreateFoundationSchema';
import { CreatePulseEngine1763900000000 } from './1763900000000-CreatePulseEngine';

/** Every migration, in order. A new migration is added here and reviewed by hand. */
export const migrations = [CreateFoundationSchema1763830000000, CreatePulseEngine1763900000000];
