import type { ComponentChildren } from 'preact';
import { settings } from '../../src/site/settings.ts';
import { t } from '../lib/i18n.ts';
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
    <html lang={settings.language}>
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
          {t('skipToContent')}
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="site-name" href={href('/')}>
              {settings.title}
            </a>
            <nav aria-label={t('nav.label')}>
              <ul>
                <li>
                  <a href={href('/')}>{t('nav.timeline')}</a>
                </li>
                <li>
                  <a href={href('/meetings/')}>{t('nav.meetings')}</a>
                </li>
                <li>
                  <a href={href('/actors/')}>{t('nav.people')}</a>
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
            <p>
              <a href={href('/data/articles.json')}>{t('footer.data')}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
