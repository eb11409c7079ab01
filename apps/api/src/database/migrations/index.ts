import { CreateFoundationSchema1763830000000 } from './1763830000000-CreateFoundationSchema';
import { CreatePulseEngine1763900000000 } from './1763900000000-CreatePulseEngine';
import { AddAnswersAndRollups1764000000000 } from './1764000000000-AddAnswersAndRollups';

/** Every migration, in order. A new migration is added here and reviewed by hand. */
export const migrations = [CreateFoundationSchema1763830000000, CreatePulseEngine1763900000000, AddAnswersAndRollups1764000000000];
