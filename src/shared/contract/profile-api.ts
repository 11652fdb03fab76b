import { ProfileSchema } from '../domain/draft';
import { type ApiEntries, NoInput } from './contract-parts';

export const profileApi = {
  'profile.get': {
    effect: 'read',
    input: NoInput,
    output: ProfileSchema,
  },
  'profile.update': {
    effect: 'write',
    input: ProfileSchema.strict(),
    output: ProfileSchema,
  },
} as const satisfies ApiEntries<'profile'>;
