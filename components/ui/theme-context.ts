'use client';

import { createContext } from 'react';
import { defaultTheme, type ThemeChoice } from '@/lib/theme/themes';

/** The theme choice the server rendered with (from the cookie), for the switch's initial value. */
export const ThemeContext = createContext<ThemeChoice>(defaultTheme);
