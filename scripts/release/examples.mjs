// The widgets START-HERE.html shows: each one live, with the markup a webmaster pastes. The live
// copy differs from the snippet only where this page must (its heading levels, a sample feed in
// place of the intergroup's, an article opened in place instead of a link to the partner's blog),
// and each difference is said on the page.

/** `{{folder}}` becomes the folder's path on the site (START-HERE's script fills it in). */
export const SCRIPT_TAG =
  '<script src="{{folder}}recovery-widgets.js" defer crossorigin="anonymous"\n        integrity="{{integrity}}"></script>';

export const PLAIN_SCRIPT_TAG = '<script src="{{folder}}recovery-widgets.js" defer></script>';

export const PROVIDER = `<recovery-provider organization="Your clinic" phone="(555) 555-0100"
                   email="help@your-clinic.example" href-template="/blog/{slug}">
  ... your page, with any widgets ...
</recovery-provider>`;

export const EXAMPLES = [
  {
    id: 'cta',
    title: 'Call to action',
    text: 'Your phone, text, email and contact page, with the 988 Suicide & Crisis Lifeline and the SAMHSA National Helpline.',
    snippet: '<recovery-cta organization="Your clinic" phone="(555) 555-0100"></recovery-cta>',
    live: '<recovery-cta organization="Your clinic" phone="(555) 555-0100" heading-level="4"></recovery-cta>',
  },
  {
    id: 'article',
    title: 'An article',
    text: 'An article from the library, with contents and reading time. Links to other articles use your URL pattern in href-template.',
    snippet:
      '<recovery-article slug="you-cant-do-recovery-alone" toc reading-time\n                  href-template="/blog/{slug}"></recovery-article>',
    live: '<recovery-article id="start-article" slug="you-cant-do-recovery-alone" toc reading-time heading-level="4"></recovery-article>',
    note: 'On this page the related articles below open here, in place (target="#start-article"), because your /blog/ pages are not in this folder.',
  },
  {
    id: 'related',
    title: 'Related articles',
    text: 'Three articles related to the one before it on the page.',
    snippet: '<related-posts href-template="/blog/{slug}"></related-posts>',
    live: '<related-posts target="#start-article" heading-level="4"></related-posts>',
  },
  {
    id: 'directory',
    title: 'Fellowship directory',
    text: 'With no settings: the fellowships for people in recovery and their families, and professional help.',
    snippet: '<support-group-finder></support-group-finder>',
    live: '<support-group-finder heading-level="4"></support-group-finder>',
  },
  {
    id: 'meetings',
    title: 'Meeting finder',
    text: "With your intergroup's Meeting Guide or BMLT feed: a meeting finder with search, filters, directions and calendar files.",
    snippet:
      '<support-group-finder src="https://your-intergroup.example/wp-admin/admin-ajax.php?action=meetings"\n                      timezone="America/New_York"></support-group-finder>',
    live: '<support-group-finder src="start-here/sample-meetings.json" heading-level="4"></support-group-finder>',
    note: 'This page reads start-here/sample-meetings.json, made-up meetings in a made-up town, in your own time zone. A feed on another website must allow your site to read it (CORS), and its address goes in your Content-Security-Policy.',
  },
];
