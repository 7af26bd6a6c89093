import type { ComponentChildren } from 'preact';
import { settings } from '../../src/site/settings.ts';
import { useHref } from '../lib/links.ts';

export interface LayoutProps {
  title: string;
  description?: string;
  children: ComponentChildren;
}

/** The page shell: header with the site name and navigation, main content, footer. */
export function Layout({ title, description, children }: LayoutProps) {
  const href = useHref();
  const fullTitle = title === settings.title ? title : `${title} · ${settings.title}`;
  return (
    <html lang={settings.lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description ?? settings.description} />
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={href('/assets/style.css')} />
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="site-name" href={href('/')}>
              {settings.title}
            </a>
            <nav aria-label="Site">
              <ul>
                <li>
                  <a href={href('/')}>Timeline</a>
                </li>
                <li>
                  <a href={href('/meetings/')}>Meetings</a>
                </li>
                <li>
                  <a href={href('/actors/')}>People</a>
                </li>
                <li>
                  <a href={href('/data/articles.json')}>Data</a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap">
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{settings.description}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
