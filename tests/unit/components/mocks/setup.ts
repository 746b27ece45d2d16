import {afterEach} from 'vitest';
import {cleanup} from '@testing-library/react';
import {setTestLocale} from './locale';

afterEach(() => {
  cleanup();
  setTestLocale('en');
});
