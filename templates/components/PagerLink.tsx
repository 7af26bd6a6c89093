import { useHref } from '../lib/links.ts';

/**
 * A "previous" or "next" link of a pager; an empty cell when there is no such page. `linkRel`
 * false leaves out rel=prev/next, for pages whose own page list already uses them.
 */
export function PagerLink({ link, rel, label, linkRel = true }: { link: { url: string; title: string } | null; rel: 'prev' | 'next'; label: string; linkRel?: boolean }) {
  const href = useHref();
  if (!link) return <span class={`pager-${rel} pager-empty`} />;
  return (
    <a class={`pager-${rel}`} rel={linkRel ? rel : undefined} href={href(link.url)}>
      <span class="pager-label">{label}</span>
      <span class="pager-title">{link.title}</span>
    </a>
  );
}
