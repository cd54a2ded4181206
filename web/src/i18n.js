// Labels in English and Arabic; the page direction follows the language.
export const TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
];

export const TYPE_COLOURS = {
  'Battles': '#d62728',
  'Explosions/Remote violence': '#ff7f0e',
  'Violence against civilians': '#9467bd',
  'Protests': '#2ca02c',
  'Riots': '#8c564b',
  'Strategic developments': '#1f77b4',
};

const LABELS = {
  en: {
    title: 'rasd — events from Arabic news', type: 'Type', actor: 'Actor', country: 'Country', text: 'Text',
    from: 'From', to: 'To', clear: 'Clear', all: 'All', lang: 'عربي',
    events: (shown, total) => (shown < total ? `${shown} of ${total} events` : `${total} events`),
    date: 'Date', actor1: 'Actor 1', actor2: 'Actor 2', location: 'Place', admin1: 'Province',
    fatalities: 'Fatalities', injured: 'Injured', evidence: 'Evidence', confidence: 'Confidence',
    sub_event_type: 'Sub-event', sources: 'Sources', published: 'Published', article: 'Article',
    coordinates: 'Coordinates', trigger: 'Trigger',
    src_text: 'from the text', src_gazetteer: 'gazetteer', src_published: 'publication date',
    src_rule: 'inferred', src_merged: 'merged over sources', no_events: 'No events match these filters.',
    close: 'Close', error: 'Could not load', joined: 'joined because',
    Battles: 'Battles', 'Explosions/Remote violence': 'Explosions/Remote violence',
    'Violence against civilians': 'Violence against civilians', Protests: 'Protests', Riots: 'Riots',
    'Strategic developments': 'Strategic developments',
  },
  ar: {
    title: 'رصد — أحداث من الأخبار العربية', type: 'النوع', actor: 'الطرف', country: 'البلد', text: 'نص',
    from: 'من', to: 'إلى', clear: 'مسح', all: 'الكل', lang: 'English',
    events: (shown, total) => (shown < total ? `${shown} من ${total} حدثاً` : `${total} حدثاً`),
    date: 'التاريخ', actor1: 'الطرف الأول', actor2: 'الطرف الثاني', location: 'المكان', admin1: 'المحافظة',
    fatalities: 'القتلى', injured: 'الجرحى', evidence: 'الدليل', confidence: 'الثقة',
    sub_event_type: 'النوع الفرعي', sources: 'المصادر', published: 'تاريخ النشر', article: 'المقال',
    coordinates: 'الإحداثيات', trigger: 'الفعل',
    src_text: 'من النص', src_gazetteer: 'من المعجم الجغرافي', src_published: 'من تاريخ النشر',
    src_rule: 'مستنتج', src_merged: 'مدمج من المصادر', no_events: 'لا أحداث تطابق هذه المرشحات.',
    close: 'إغلاق', error: 'تعذر التحميل', joined: 'ضُم لأن',
    Battles: 'معارك', 'Explosions/Remote violence': 'انفجارات/عنف عن بعد',
    'Violence against civilians': 'عنف ضد المدنيين', Protests: 'احتجاجات', Riots: 'أعمال شغب',
    'Strategic developments': 'تطورات استراتيجية',
  },
};

export function label(lang, key, ...args) {
  const v = (LABELS[lang] || LABELS.en)[key] ?? LABELS.en[key] ?? key;
  return typeof v === 'function' ? v(...args) : v;
}

export function typeColour(type) {
  return TYPE_COLOURS[type] || '#555';
}

// Applies the language to the static labels (elements with data-i18n) and the page direction.
export function applyLanguage(lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = label(lang, el.dataset.i18n);
  document.getElementById('lang').textContent = label(lang, 'lang');
}
