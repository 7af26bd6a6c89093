<?xml version="1.0" encoding="utf-8"?>
<!--
  Turns an Atom feed of this site into a readable page when a browser opens it.
  Feed readers ignore it. Its words and the address of the site's stylesheet come from
  the feed itself (the view: elements), so this file is the same for every language and
  path prefix. No script, no inline style.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:view="urn:x-peace-timeline:feed-view"
  exclude-result-prefixes="atom view">
  <xsl:output method="html" encoding="utf-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/atom:feed">
    <html lang="{@xml:lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <title><xsl:value-of select="atom:title"/></title>
        <link rel="stylesheet" href="{view:css/@href}"/>
      </head>
      <body class="feed-view">
        <main id="main" class="wrap">
          <nav class="breadcrumb">
            <a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="view:text[@name='viewBack']"/></a>
          </nav>
          <h1><xsl:value-of select="atom:title"/></h1>
          <p class="intro"><xsl:value-of select="atom:subtitle"/></p>
          <div class="notice">
            <p><xsl:value-of select="view:text[@name='viewIntro']"/></p>
            <p>
              <xsl:value-of select="view:text[@name='viewSubscribe']"/>
              <xsl:text> </xsl:text>
              <code class="feed-address"><xsl:value-of select="atom:link[@rel='self']/@href"/></code>
            </p>
          </div>
          <h2><xsl:value-of select="view:text[@name='viewEntries']"/></h2>
          <xsl:if test="not(atom:entry)">
            <p class="note"><xsl:value-of select="view:text[@name='viewEmpty']"/></p>
          </xsl:if>
          <ol class="entries">
            <xsl:apply-templates select="atom:entry"/>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li>
      <xsl:attribute name="class">
        <xsl:text>entry</xsl:text>
        <xsl:if test="view:approximate"> entry-approximate</xsl:if>
      </xsl:attribute>
      <article>
        <p class="entry-meta">
          <time datetime="{substring(atom:published, 1, 10)}" class="date">
            <xsl:value-of select="substring(atom:published, 1, 10)"/>
          </time>
          <xsl:if test="view:approximate">
            <span class="date-approximate"><xsl:value-of select="/atom:feed/view:text[@name='approximate']"/></span>
          </xsl:if>
          <span class="lang"><xsl:value-of select="translate(@xml:lang, 'ukr', 'UKR')"/></span>
        </p>
        <h3 class="entry-title" lang="{@xml:lang}">
          <a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a>
        </h3>
        <p class="lead" lang="{@xml:lang}"><xsl:value-of select="atom:summary"/></p>
      </article>
    </li>
  </xsl:template>
</xsl:stylesheet>
