import Link from 'next/link';
import { cn } from '@/components/ui/cn';

export const adminSections = [
  { href: '/admin', key: 'boards' },
  { href: '/admin/users', key: 'users' },
  { href: '/admin/tokens', key: 'tokens' },
  { href: '/admin/audit', key: 'audit' },
] as const;

export type AdminSection = (typeof adminSections)[number]['key'];

/** The administration's sections, as links (each section is its own page and URL). */
export function AdminNav({
  current,
  labels,
  label,
}: {
  current: AdminSection;
  labels: Record<AdminSection, string>;
  label: string;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-1 border-b border-border">
      {adminSections.map(({ href, key }) => (
        <Link
          key={key}
          href={href}
          aria-current={key === current ? 'page' : undefined}
          className={cn(
            '-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted hover:text-foreground',
            'aria-[current=page]:border-accent aria-[current=page]:text-foreground',
          )}
        >
          {labels[key]}
        </Link>
      ))}
    </nav>
  );
}
