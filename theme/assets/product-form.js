// The staff form for a new product (/nhan-vien/them-san-pham/). It checks every field with the build's own rules,
// read from the schema the generator writes (product.schema.json: limits, patterns, choices, and for each check the
// catalogue code and message the build would report), shows a preview, writes the product's index.md and opens
// GitHub's "new file" page with it. Every value reaches the page as text (textContent), never as HTML.

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** FieldReader.Clean: invisible characters dropped, then trimmed. */
export function clean(value) {
  return value.replace(INVISIBLE, '').trim();
}

/** Slugifier.Fold: NFC, lower case, đ→d, marks and invisible format characters removed. */
export function fold(text) {
  return text.normalize('NFC').toLowerCase().replaceAll('đ', 'd').normalize('NFD')
    .replace(/[\p{Mn}\p{Me}\p{Cf}]/gu, '').normalize('NFC');
}

/** Slugifier.Slugify: ASCII letters and digits of the folded text joined by single hyphens, at most maxLength long. */
export function slugify(text, maxLength = 80) {
  let slug = '';
  let pending = false;
  for (const c of fold(text)) {
    if (/^[a-z0-9]$/.test(c)) {
      if (pending && slug.length > 0) slug += '-';
      slug += c;
      pending = false;
    } else {
      pending = true;
    }
  }
  if (slug.length <= maxLength) return slug;
  const cut = slug.lastIndexOf('-', maxLength);
  return cut > maxLength / 2 ? slug.slice(0, cut) : slug.slice(0, maxLength).replace(/-+$/, '');
}

/** EchoedText.Of: a value as a message repeats it, control and format characters escaped, cut at the limit. */
function echo(value, limit) {
  const cut = value.length > limit;
  let text = '';
  for (const c of cut ? value.slice(0, limit) : value) {
    text += /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(c) ? '\\u' + c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0') : c;
  }
  return cut ? text + '…' : text;
}

/** LinkPolicy.Classify's "unsafe": a protocol-relative address, or a scheme the site never links to. */
function unsafe(url, allowed) {
  const normalized = url.replace(/^[\u0000-\u0020\u00A0\uFEFF]+|[\u0000-\u0020\u00A0\uFEFF]+$/g, '').replace(/[\t\n\r]/g, '');
  if (/^[/\\]{2}/.test(normalized)) return true;
  const end = normalized.search(/[:/?#]/);
  if (end === 0 && normalized[0] === ':') return true;
  if (end > 0 && normalized[end] === ':') return !allowed.includes(normalized.slice(0, end).toLowerCase());
  return false;
}

/**
 * Checks the values of a new product against the schema. Returns the problems as { field, code, severity, message },
 * in the order of the schema's fields, each with the build's message in the given language and the build's severity:
 * an "error" stops the build, a "warning" (a product without photos) does not.
 */
export function check(schema, values, lang) {
  const problems = [];
  const limit = schema['x-ocop-echo-limit'];
  const report = (field, error, value = '', extra = {}) => {
    const entry = schema['x-ocop-messages'][error.code];
    const template = entry[lang] ?? entry.vi;
    const args = error.args.map(a => a === '{value}' ? echo(value, limit) : a === '{length}' ? String(value.length) : a.startsWith('{') ? echo(extra[a.slice(1, -1)] ?? '', limit) : a);
    problems.push({ field, code: error.code, severity: entry.severity, message: template.replace(/\{(\d+)\}/g, (_, i) => args[Number(i)]) });
  };
  // TextHygiene: a control character or noncharacter (pasted from Word or Zalo) is refused wherever it is, named "U+000B".
  const forbiddenRule = schema['x-ocop-forbidden'];
  const forbidden = new RegExp(forbiddenRule.pattern, 'u');
  const forbid = (field, value) => {
    const match = forbidden.exec(value);
    if (match) report(field, forbiddenRule['x-ocop-errors'].forbidden, value, { character: 'U+' + match[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0') });
    return match !== null;
  };
  // A product to publish needs what the schema requires (a price, a way to buy); a recommended field missing is a warning.
  const walk = (properties, object, prefix, required, recommended) => {
    for (const [key, property] of Object.entries(properties)) {
      const field = prefix + key;
      const value = object[key];
      const errors = property['x-ocop-errors'] ?? {};
      if (property.type === 'object') {
        if (value === undefined) {
          if (required.includes(key)) report(field, errors.required);
        } else if (property.anyOf && !property.anyOf.some(option => option.required.every(k => value[k] !== undefined))) {
          report(field, errors.anyOf);
        }
        walk(property.properties, value ?? {}, field + '.', [], []);
        continue;
      }
      if (value === undefined) {
        if (required.includes(key) || recommended.includes(key)) report(field, errors.required);
        continue;
      }
      if (property.type === 'array') {
        for (const item of value) if (!forbid(field, item) && item.length > property.items.maxLength) report(field, errors.maxLength, item);
        continue;
      }
      if (forbid(field, value)) continue;
      if (property.enum) {
        if (!property.enum.includes(value)) report(field, errors.enum, value);
        continue;
      }
      if (property.type === 'integer') {
        // int.TryParse with NumberStyles.None: digits only, within a 32-bit integer.
        if (!/^[0-9]+$/.test(value) || Number(value) > property['x-ocop-digits-max']) report(field, errors.type, value);
        else if (Number(value) < property.minimum) report(field, errors.minimum, value);
        else if (Number(value) > property.maximum) report(field, errors.maximum, value);
        continue;
      }
      if (property.maxLength !== undefined && value.length > property.maxLength) {
        report(field, errors.maxLength, value);
        continue;
      }
      if (property.format === 'uri') {
        let url = null;
        try { url = new URL(value); } catch { url = null; }
        if (!url || url.protocol !== 'https:' || !url.hostname) {
          report(field, unsafe(value, property['x-ocop-allowed-schemes']) ? errors.unsafe : errors.format, value);
          continue;
        }
        const host = property['x-ocop-https-host'];
        if (host && url.hostname !== host && !url.hostname.endsWith('.' + host)) report(field, errors['x-ocop-https-host'], value, { host: url.hostname });
        continue;
      }
      if (property.pattern && !new RegExp(property.pattern).test(value)) report(field, errors.pattern, value);
    }
  };
  walk(schema.properties, values, '', schema.required, schema['x-ocop-recommended'] ?? []);
  if (values.body !== undefined) forbid('body', values.body);
  for (const [key, needs] of Object.entries(schema.dependentRequired ?? {})) {
    if (values[key] === undefined) continue;
    for (const other of needs) if (values[other] === undefined) report(other, schema['x-ocop-dependent-errors'][key], String(values[key]));
  }
  // The folder the product gets: the build refuses a name that makes none, and the name of a product that exists.
  const slugRule = schema['x-ocop-slug'];
  if (values.name !== undefined && !problems.some(p => p.field === 'name')) {
    const slug = slugify(values.name, slugRule.max);
    const path = `${slugRule.section}/${slug}/index.md`;
    if (slug.length === 0) report('name', slugRule['x-ocop-errors'].empty, values.name);
    else if (Object.hasOwn(slugRule.taken, slug)) report('name', slugRule['x-ocop-errors'].taken, values.name, { path, existing: slugRule.taken[slug] });
    // CertificateCoverage: a certificate vouches only for the products its products: list (the decision's annex) names.
    for (const [key, property] of Object.entries(schema.properties)) {
      const covers = property['x-ocop-covers'];
      if (!covers || values[key] === undefined || problems.some(p => p.field === key || p.field === 'name')) continue;
      if (!(covers[values[key]] ?? []).includes(slug)) report(key, property['x-ocop-errors']['x-ocop-covers'], values[key], { slug });
    }
  }
  const order = [...Object.keys(schema.properties).flatMap(k => schema.properties[k].type === 'object' ? [k, ...Object.keys(schema.properties[k].properties).map(b => k + '.' + b)] : [k]), 'body'];
  return problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

/** The product's index.md: front matter with every string double-quoted (JSON strings are YAML strings), then the body. */
export function productFile(values, texts) {
  const q = s => JSON.stringify(s);
  const lines = ['---'];
  for (const key of ['name', 'group', 'producer', 'certificate', 'village', 'price', 'unit', 'summary']) {
    if (values[key] === undefined) continue;
    lines.push(`${key}: ${['group', 'producer', 'certificate', 'price'].includes(key) ? values[key] : q(values[key])}`);
  }
  lines.push(`# ${texts.photosComment}`, '#photos:', '#  - file: anh-1.jpg', `#    alt: ${texts.photoAlt}`);
  const buy = values.buy ?? {};
  const buyKeys = ['postmart', 'voso', 'phone', 'zalo', 'shops'].filter(k => buy[k] !== undefined);
  if (buyKeys.length > 0) {
    lines.push('buy:');
    for (const key of buyKeys) {
      if (key === 'shops') {
        lines.push('  shops:', ...buy.shops.map(s => `    - ${q(s)}`));
      } else {
        lines.push(`  ${key}: ${q(buy[key])}`);
      }
    }
  }
  lines.push(`added: ${values.added}`, '---', '');
  return lines.join('\n') + (values.body ? values.body.replace(/\r\n?/g, '\n').trim() + '\n' : '');
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The form's values as the file will hold them: cleaned, empty fields left out, shops one per line. */
function read(form) {
  const values = { buy: {} };
  for (const input of form.querySelectorAll('[data-field]')) {
    const [first, second] = input.dataset.field.split('.');
    const target = second ? values.buy : values;
    const name = second ?? first;
    if (input.hasAttribute('data-list')) {
      const items = input.value.split('\n').map(clean).filter(s => s.length > 0);
      if (items.length > 0) target[name] = items;
    } else {
      const value = name === 'body' ? input.value.trim() : clean(input.value);
      if (value.length > 0) target[name] = value;
    }
  }
  values.added = today();
  return values;
}

function format(template, ...args) {
  return template.replace(/\{(\d+)\}/g, (_, i) => args[Number(i)]);
}

async function start(form) {
  const response = await fetch(form.dataset.schema);
  const schema = await response.json();
  const lang = document.documentElement.lang;
  const result = document.querySelector('[data-result]');
  const summary = form.querySelector('[data-error-summary]');
  const labelOf = name => {
    const select = form.querySelector(`[data-field="${name}"]`);
    return select && select.selectedIndex > 0 ? select.options[select.selectedIndex].text : '';
  };

  form.addEventListener('submit', event => {
    event.preventDefault();
    const values = read(form);
    const all = check(schema, values, lang);
    const problems = all.filter(p => p.severity === 'error');
    const warnings = all.filter(p => p.severity !== 'error');
    const slug = values.name === undefined ? '' : slugify(values.name, schema['x-ocop-slug'].max);

    for (const input of form.querySelectorAll('[data-field]')) input.removeAttribute('aria-invalid');
    for (const error of form.querySelectorAll('[data-error-for]')) { error.hidden = true; error.textContent = ''; }
    summary.replaceChildren();
    // What to do next about a problem (the OCOP officer's part for a certificate, uploading photos), in the site's words.
    for (const advice of document.querySelectorAll('[data-advice]')) {
      const problem = all.find(p => p.code === advice.dataset.advice);
      advice.hidden = !problem;
      advice.textContent = problem ? format(advice.dataset.text, slug, labelOf(problem.field)) : '';
    }
    if (problems.length > 0) {
      const heading = document.createElement('p');
      heading.textContent = format(form.dataset.errors, problems.length);
      const list = document.createElement('ul');
      for (const problem of problems) {
        const input = form.querySelector(`[data-field="${problem.field}"]`);
        const error = form.querySelector(`[data-error-for="${problem.field}"]`);
        const text = `${problem.code}: ${problem.message}`;
        if (input) input.setAttribute('aria-invalid', 'true');
        if (error) { error.textContent = error.textContent ? error.textContent + ' ' + text : text; error.hidden = false; }
        const item = document.createElement('li');
        item.textContent = text;
        list.append(item);
      }
      summary.append(heading, list);
      summary.hidden = false;
      result.hidden = true;
      summary.focus();
      return;
    }

    summary.hidden = true;
    const warningBox = result.querySelector('[data-warnings]');
    warningBox.querySelector('[data-warning-list]').replaceChildren(...warnings.map(w => {
      const item = document.createElement('li');
      item.textContent = `${w.code}: ${w.message}`;
      return item;
    }));
    warningBox.hidden = warnings.length === 0;
    const file = productFile(values, { photosComment: form.dataset.photosComment, photoAlt: form.dataset.photoAlt });
    result.querySelector('[data-preview-name]').textContent = values.name;
    const price = values.price === undefined ? '' : format(form.dataset.pricePerUnit, format(form.dataset.price, Number(values.price).toLocaleString(lang)), values.unit);
    result.querySelector('[data-preview-facts]').textContent = [labelOf('group'), labelOf('producer'), values.village, price].filter(Boolean).join(' · ');
    result.querySelector('[data-preview-summary]').textContent = values.summary;
    const body = result.querySelector('[data-preview-body]');
    body.replaceChildren(...(values.body ?? '').split(/\n\s*\n/).filter(Boolean).map(text => {
      const p = document.createElement('p');
      p.textContent = text;
      return p;
    }));
    const address = `/${schema['x-ocop-slug'].section}/${slug}/`;
    result.querySelector('[data-preview-address]').textContent = format(form.dataset.address, address);
    result.querySelector('[data-file]').textContent = file;
    const github = result.querySelector('[data-github]');
    if (github) github.href = `${form.dataset.newFile}${encodeURIComponent(slug)}?filename=index.md&value=${encodeURIComponent(file)}`;
    result.hidden = false;
    result.querySelector('h2').scrollIntoView();
  });
  form.dataset.ready = '';
}

if (typeof document !== 'undefined') {
  const form = document.querySelector('[data-product-form]');
  if (form) start(form);
}
