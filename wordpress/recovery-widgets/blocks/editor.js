/**
 * The four blocks in the block editor: the widget's settings in the sidebar and the live widget as
 * the preview (the script is loaded in the editor's canvas). Plain JavaScript over WordPress's own
 * packages, so there is no build step. Each block is dynamic: the page gets the same server-side
 * output as the shortcode. Names, attributes and titles come from each block.json, which WordPress
 * hands to the editor.
 */
((wp, data) => {
  const el = wp.element.createElement;
  const Fragment = wp.element.Fragment;
  const __ = wp.i18n.__;
  const be = wp.blockEditor;
  const c = wp.components;
  const site = data || { provider: {}, articles: [], feeds: '', settingsUrl: '' };

  // Newer WordPress asks for these on form controls; older versions ignore them.
  const modern = { __nextHasNoMarginBottom: true, __next40pxDefaultSize: true };

  const BLOCKS = {
    'recovery-widgets/article': 'recovery-article',
    'recovery-widgets/related-posts': 'related-posts',
    'recovery-widgets/support-group-finder': 'support-group-finder',
    'recovery-widgets/cta': 'recovery-cta',
  };

  /** The settings every widget shares; they override Settings → Recovery Widgets for one block. */
  const SETTINGS = [
    'organization',
    'phone',
    'sms',
    'email',
    'contactUrl',
    'hours',
    'theme',
    'contentBase',
    'hrefTemplate',
  ];

  const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

  const labels = () => ({
    slug: __('Article', 'recovery-widgets'),
    src: __('Your own article file (URL of its JSON)', 'recovery-widgets'),
    headingLevel: __('Heading level', 'recovery-widgets'),
    toc: __('Show the table of contents', 'recovery-widgets'),
    readingTime: __('Show the reading time', 'recovery-widgets'),
    for: __('Related to', 'recovery-widgets'),
    target: __('Open items in the article with this id (#id)', 'recovery-widgets'),
    history: __('Add a browser history entry for each opened article', 'recovery-widgets'),
    limit: __('How many articles', 'recovery-widgets'),
    layout: __('Layout', 'recovery-widgets'),
    exclude: __('Never show these articles (slugs)', 'recovery-widgets'),
    topics: __('Only these topics (slugs)', 'recovery-widgets'),
    heading: __('Heading', 'recovery-widgets'),
    timezone: __('Time zone of the feeds (e.g. America/New_York)', 'recovery-widgets'),
    fellowship: __('Meeting type names', 'recovery-widgets'),
    soonMinutes: __('Minutes ahead that count as "starting soon"', 'recovery-widgets'),
    staleAfter: __('Days after a listing’s last update to say it may be out of date', 'recovery-widgets'),
    syncUrl: __('Keep filters in the page address (shareable links)', 'recovery-widgets'),
    mapTiles: __('Map tiles: URL template with {z}, {x} and {y} (turns the map on)', 'recovery-widgets'),
    mapAttribution: __('Map credit (the tile licence’s attribution)', 'recovery-widgets'),
    mapView: __('Map’s first view: latitude,longitude,zoom', 'recovery-widgets'),
    mapDefault: __('Open on the map instead of the list', 'recovery-widgets'),
    saved: __('Let visitors save meetings on their own device', 'recovery-widgets'),
    hideHelplines: __('Hide the national helplines', 'recovery-widgets'),
    organization: __('Organization', 'recovery-widgets'),
    phone: __('Phone', 'recovery-widgets'),
    sms: __('Text (SMS) number', 'recovery-widgets'),
    email: __('Email', 'recovery-widgets'),
    contactUrl: __('Contact page', 'recovery-widgets'),
    hours: __('Hours', 'recovery-widgets'),
    theme: __('Theme', 'recovery-widgets'),
    contentBase: __('Article data folder (URL)', 'recovery-widgets'),
    hrefTemplate: __('Link pattern for articles, e.g. /blog/{slug}', 'recovery-widgets'),
    id: __('HTML id', 'recovery-widgets'),
  });

  const CHOICES = {
    theme: [
      ['light', __('Light', 'recovery-widgets')],
      ['dark', __('Dark', 'recovery-widgets')],
      ['auto', __("Follow the visitor's system", 'recovery-widgets')],
    ],
    layout: [
      ['list', __('List', 'recovery-widgets')],
      ['grid', __('Grid (cards)', 'recovery-widgets')],
      ['compact', __('Compact (titles and dates)', 'recovery-widgets')],
    ],
    fellowship: [
      ['aa', 'AA'],
      ['al-anon', 'Al-Anon'],
      ['na', 'NA'],
    ],
  };

  const DEFAULT = () => __('Default', 'recovery-widgets');

  /** One sidebar control for one attribute, chosen by its name and block.json type. */
  function control(name, spec, props) {
    const value = props.attributes[name];
    const set = (v) => props.setAttributes({ [name]: v });
    const label = labels()[name] || kebab(name);
    const key = name;
    if (spec.type === 'boolean') {
      return el(c.ToggleControl, { key, label, checked: !!value, onChange: (v) => set(!!v), ...modern });
    }
    if (name === 'slug' || name === 'for') {
      if (site.articles.length) {
        const none = name === 'for' ? __('The article above it on the page', 'recovery-widgets') : '—';
        const options = [{ value: '', label: none }].concat(
          site.articles.map((a) => ({ value: a.slug, label: a.title })),
        );
        return el(c.SelectControl, {
          key,
          label,
          value: value || '',
          options,
          onChange: (v) => set(v || undefined),
          ...modern,
        });
      }
    }
    if (name === 'headingLevel') {
      const options = [{ value: '', label: DEFAULT() + ' (2)' }].concat(
        [2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: `H${n}` })),
      );
      return el(c.SelectControl, {
        key,
        label,
        value: value ? String(value) : '',
        options,
        onChange: (v) => set(v ? Number(v) : undefined),
        ...modern,
      });
    }
    if (CHOICES[name]) {
      const options = [{ value: '', label: DEFAULT() }].concat(CHOICES[name].map(([v, l]) => ({ value: v, label: l })));
      return el(c.SelectControl, {
        key,
        label,
        value: value || '',
        options,
        onChange: (v) => set(v || undefined),
        ...modern,
      });
    }
    if (spec.type === 'integer') {
      return el(c.TextControl, {
        key,
        label,
        type: 'number',
        min: name === 'limit' ? 1 : 0,
        value: value === undefined || value === null ? '' : String(value),
        onChange: (v) => set(v === '' || Number.isNaN(Number(v)) ? undefined : Math.trunc(Number(v))),
        ...modern,
      });
    }
    if (name === 'src' && props.name === 'recovery-widgets/support-group-finder') {
      return el(c.TextareaControl, {
        key,
        label: __('Meeting feeds (one URL per line, at most 10)', 'recovery-widgets'),
        help: site.feeds
          ? __('Empty: the feeds from Settings → Recovery Widgets.', 'recovery-widgets')
          : __('Meeting Guide JSON or BMLT. Empty: a directory of fellowships.', 'recovery-widgets'),
        value: (value || '').split(/\s+/).join('\n'),
        onChange: (v) => set(v.trim() ? v.trim().split(/\s+/).join(' ') : undefined),
        ...modern,
      });
    }
    return el(c.TextControl, { key, label, value: value || '', onChange: (v) => set(v || undefined), ...modern });
  }

  /**
   * The element's attributes for the preview: names in kebab-case, a flag true or left out (React
   * 17 and 18 write true as an attribute, React 19 sets the element's property).
   */
  function elementAttributes(attributes) {
    const out = {};
    for (const [name, value] of Object.entries(attributes)) {
      if (['id', 'className', 'align', 'lock', 'metadata'].includes(name)) continue;
      if (value === undefined || value === null || value === '' || value === false) continue;
      out[kebab(name)] = value === true ? true : String(value);
    }
    return out;
  }

  /** The site's settings, as the page's <recovery-provider> will have them. */
  function providerAttributes() {
    const out = {};
    for (const [name, value] of Object.entries(site.provider || {})) {
      if (name === 'style') {
        const color = /^--recovery-color-primary:(#[0-9a-f]{6})$/i.exec(value);
        if (color) out.style = { '--recovery-color-primary': color[1] };
      } else {
        out[name] = String(value);
      }
    }
    return out;
  }

  function edit(props) {
    const tag = BLOCKS[props.name];
    const type = wp.blocks.getBlockType(props.name);
    const specs = type?.attributes || {};
    const own = [];
    const shared = [];
    for (const [name, spec] of Object.entries(specs)) {
      if (['className', 'align', 'lock', 'metadata'].includes(name)) continue;
      (SETTINGS.includes(name) ? shared : own).push(control(name, spec, props));
    }
    const attributes = { ...props.attributes };
    if (tag === 'support-group-finder' && !attributes.src && site.feeds) attributes.src = site.feeds;

    let preview;
    if (tag === 'recovery-article' && !attributes.slug && !attributes.src) {
      preview = el(
        c.Placeholder,
        {
          icon: type?.icon?.src,
          label: type ? type.title : tag,
          instructions: __('Choose an article in the block settings.', 'recovery-widgets'),
        },
        control('slug', specs.slug || { type: 'string' }, props),
      );
    } else {
      preview = el(
        c.Disabled,
        null,
        el('recovery-provider', providerAttributes(), el(tag, elementAttributes(attributes))),
      );
    }

    const help = site.settingsUrl
      ? el(
          'p',
          { className: 'recovery-widgets-help' },
          __('Empty fields use the site settings: ', 'recovery-widgets'),
          el('a', { href: site.settingsUrl }, __('Settings → Recovery Widgets', 'recovery-widgets')),
        )
      : el(
          'p',
          { className: 'recovery-widgets-help' },
          __('Empty fields use the site settings (Settings → Recovery Widgets).', 'recovery-widgets'),
        );

    return el(
      Fragment,
      null,
      el(
        be.InspectorControls,
        null,
        el(c.PanelBody, { title: __('Widget', 'recovery-widgets'), initialOpen: true }, own),
        el(
          c.PanelBody,
          { title: __('Organization and links for this block', 'recovery-widgets'), initialOpen: false },
          help,
          shared,
        ),
      ),
      el('div', be.useBlockProps({ className: 'recovery-widgets-preview' }), preview),
    );
  }

  for (const name of Object.keys(BLOCKS)) {
    wp.blocks.registerBlockType(name, { edit, save: () => null });
  }
})(window.wp, window.recoveryWidgetsEditor);
