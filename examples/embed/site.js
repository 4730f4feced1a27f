// The page's language switch: the page's own texts (data-en holds the English, the markup the
// Latvian), <html lang>, and the lang of each widget, which re-renders in it.
const latvian = new Map();

function show(lang) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-en]')) {
    if (!latvian.has(element)) latvian.set(element, element.textContent);
    element.textContent = lang === 'en' ? element.dataset.en : latvian.get(element);
  }
  const nav = document.querySelector('nav');
  nav.setAttribute('aria-label', lang === 'en' ? nav.dataset.enAriaLabel : 'Valoda');
  document.title = lang === 'en' ? 'Twin towns' : 'Sadraudzības pilsētas';
  for (const widget of document.querySelectorAll('twinning-partners, twinning-event, twinning-map')) {
    widget.setAttribute('lang', lang);
  }
  for (const button of document.querySelectorAll('[data-switch]')) {
    button.setAttribute('aria-pressed', String(button.dataset.switch === lang));
  }
}

for (const button of document.querySelectorAll('[data-switch]')) {
  button.addEventListener('click', () => show(button.dataset.switch));
}
