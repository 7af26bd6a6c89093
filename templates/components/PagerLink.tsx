import { useHref } from '../lib/links.ts';

/** A "previous" or "next" link of a pager; an empty cell when there is no such page. */
export function PagerLink({ link, rel, label }: { link: { url: string; title: string } | null; rel: 'prev' | 'next'; label: string }) {
  const href = useHref();
  if (!link) return <span class={`pager-${rel} pager-empty`} />;
  return (
    <a class={`pager-${rel}`} rel={rel} href={href(link.url)}>
      <span class="pager-label">{label}</span>
      <span class="pager-title">{link.title}</span>
    </a>
  );
}
