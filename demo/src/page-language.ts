// The demo's language toggle: Bahasa Indonesia by default, English on request. Page text
// carries its English in `data-en` (the Indonesian stays in the markup); the Etalase elements
// take `lang`. The choice is kept on the device for the next page.
type Lang = 'id' | 'en';
const KEY = 'etalase-demo-lang';

function stored(): Lang {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'en' || asked === 'id') return asked;
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/** Shows the page in `lang`. */
export function applyLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-en]')) {
    el.dataset.id ??= el.textContent!.replace(/\s+/g, ' ').trim();
    el.textContent = lang === 'en' ? el.dataset.en! : el.dataset.id;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-en-aria-label]')) {
    el.dataset.idAriaLabel ??= el.getAttribute('aria-label') ?? '';
    el.setAttribute('aria-label', lang === 'en' ? el.dataset.enAriaLabel! : el.dataset.idAriaLabel);
  }
  for (const el of document.querySelectorAll(
    'etalase-storefront, etalase-photo-coach, etalase-catalog-builder, etalase-stats',
  )) {
    el.setAttribute('lang', lang);
  }
  const toggle = document.querySelector<HTMLButtonElement>('[data-lang-toggle]');
  if (toggle) {
    const other: Lang = lang === 'en' ? 'id' : 'en';
    toggle.textContent = other === 'en' ? 'English' : 'Bahasa Indonesia';
    toggle.lang = other;
  }
}

/** Applies the stored language and wires the toggle. */
export function initLanguage(): void {
  let lang = stored();
  if (lang === 'en') applyLanguage(lang);
  document.querySelector('[data-lang-toggle]')?.addEventListener('click', () => {
    lang = lang === 'en' ? 'id' : 'en';
    try {
      localStorage.setItem(KEY, lang);
    } catch {
      // Private mode: the choice holds for this page only.
    }
    applyLanguage(lang);
  });
}
