/** The main navigation, in order. `section` matches the `section` prop of BaseLayout. */
import type { UiKey } from '../i18n/ui';
import { routes } from './routes';

export interface NavigationItem {
  section: string;
  label: UiKey;
  href: string;
}

export const NAVIGATION: readonly NavigationItem[] = [
  { section: 'home', label: 'nav.home', href: routes.home },
  { section: 'plans', label: 'nav.plans', href: routes.plans },
  { section: 'phases', label: 'nav.phases', href: routes.phases },
  { section: 'movements', label: 'nav.movements', href: routes.movements },
  { section: 'exemplars', label: 'nav.exemplars', href: routes.exemplars },
  // Registrations, public comment, decisions, documents and statistics: one entry, linked onward from there.
  { section: 'cycle', label: 'nav.decisions', href: routes.decisions },
  { section: 'about', label: 'nav.about', href: routes.about },
];
