import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts what a test rendered (vitest runs without globals, so it is told here).
afterEach(() => cleanup());
