// Controlled React components the React fixture forms are built from: text inputs that
// keep their value in state (and format thousands, as marketplaces do), a suggest combobox
// and a cascader with ARIA roles, a contenteditable editor, an uploader behind a hidden
// file input. Like the real ones, they take a value only through React's events.
import { createElement as h, useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/** The state of a fixture product form, as the page's framework holds it. */
export interface ProductFormState {
  title: string;
  category: string;
  description: string;
  price: string;
  stock: string;
  sku: string;
  condition: string;
  weight: string;
  length: string;
  width: string;
  height: string;
  brand: string;
  photos: { name: string; url: string; size: number }[];
}

/** An empty form state. */
export function emptyState(): ProductFormState {
  return {
    title: '',
    category: '',
    description: '',
    price: '',
    stock: '',
    sku: '',
    condition: '',
    weight: '',
    length: '',
    width: '',
    height: '',
    brand: '',
    photos: [],
  };
}

/** What a test sees of a mounted fixture form. */
export interface FormHandle {
  /** The state after the latest render. */
  state: ProductFormState;
  /** Submits the page saw (it must stay 0). */
  submits: number;
  unmount(): void;
}

/** Class names of one marketplace's form item. */
export interface FieldStyle {
  readonly item: string;
  readonly label: string;
  readonly body: string;
}

/** A labelled form item: the label (a `<label for>` only when `htmlFor` is given) then the control. */
export function Field(
  style: FieldStyle,
  props: {
    label: string;
    testId?: string;
    id?: string;
    htmlFor?: string;
    required?: boolean;
    hint?: string;
  },
  ...children: ReactNode[]
) {
  const labelText = [
    props.label,
    props.required ? h('span', { key: 'r', className: 'required' }, ' Wajib') : null,
  ];
  return h(
    'div',
    { className: style.item, 'data-testid': props.testId, id: props.id },
    props.htmlFor
      ? h('label', { className: style.label, htmlFor: props.htmlFor }, ...labelText)
      : h('div', { className: style.label }, ...labelText),
    h(
      'div',
      { className: style.body },
      ...children,
      props.hint ? h('div', { className: 'hint' }, props.hint) : null,
    ),
  );
}

const thousands = (digits: string) => (digits ? Number(digits).toLocaleString('id-ID') : '');

/** A controlled input; `thousands` shows 25000 as "25.000" and keeps digits in state. */
export function TextInput(props: {
  value: string;
  onChange: (value: string) => void;
  className: string;
  name?: string;
  id?: string;
  placeholder?: string;
  numeric?: boolean;
  thousands?: boolean;
  prefix?: string;
  suffix?: string;
  maxLength?: number;
}) {
  return h(
    'div',
    { className: `${props.className}-wrapper` },
    props.prefix ? h('span', { className: `${props.className}-prefix` }, props.prefix) : null,
    h('input', {
      className: props.className,
      name: props.name,
      id: props.id,
      placeholder: props.placeholder,
      type: 'text',
      inputMode: props.numeric ? 'numeric' : undefined,
      maxLength: props.maxLength,
      value: props.thousands ? thousands(props.value) : props.value,
      onChange: (event: { target: HTMLInputElement }) => {
        const raw = event.target.value;
        props.onChange(props.thousands ? raw.replace(/\D/g, '') : raw);
      },
    }),
    props.suffix ? h('span', { className: `${props.className}-suffix` }, props.suffix) : null,
  );
}

/** A controlled textarea. */
export function TextArea(props: {
  value: string;
  onChange: (value: string) => void;
  className: string;
  name?: string;
  placeholder?: string;
}) {
  return h('textarea', {
    className: props.className,
    name: props.name,
    placeholder: props.placeholder,
    rows: 6,
    value: props.value,
    onChange: (event: { target: HTMLTextAreaElement }) => props.onChange(event.target.value),
  });
}

const fold = (text: string) => text.toLowerCase();

/**
 * An input with suggestions (ARIA 1.2 combobox): typing filters the options, which arrive
 * after `delayMs` as if fetched; pressing one sets the value.
 */
export function SuggestCombobox(props: {
  value: string;
  onChange: (value: string) => void;
  options: readonly string[];
  className: string;
  placeholder?: string;
  delayMs?: number;
}) {
  const listId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [shown, setShown] = useState<readonly string[]>([]);
  useEffect(() => {
    if (query === null) return undefined;
    const timer = setTimeout(
      () => setShown(props.options.filter((o) => fold(o).includes(fold(query.trim())))),
      props.delayMs ?? 150,
    );
    return () => clearTimeout(timer);
  }, [query]);
  const open = query !== null;
  return h(
    'div',
    { className: `${props.className}-wrapper` },
    h('input', {
      role: 'combobox',
      className: props.className,
      'aria-expanded': open,
      'aria-controls': listId,
      'aria-autocomplete': 'list',
      placeholder: props.placeholder,
      value: open ? query : props.value,
      onFocus: () => setQuery(''),
      onBlur: () => setTimeout(() => setQuery(null), 100),
      onChange: (event: { target: HTMLInputElement }) => setQuery(event.target.value),
    }),
    open && shown.length > 0
      ? h(
          'ul',
          { role: 'listbox', id: listId, className: `${props.className}-list` },
          shown.map((option) =>
            h(
              'li',
              {
                key: option,
                role: 'option',
                'aria-selected': option === props.value,
                onMouseDown: (event: { preventDefault(): void }) => {
                  event.preventDefault();
                  props.onChange(option);
                  setQuery(null);
                },
              },
              option,
            ),
          ),
        )
      : null,
  );
}

/** A category tree: each name maps to its children, or `null` for a leaf. */
export interface CategoryTree {
  readonly [name: string]: CategoryTree | null;
}

/**
 * A cascader as seller centres have: a trigger with the combobox role that opens one
 * column of options per level; pressing a leaf sets "A / B / C" and closes it.
 */
export function Cascader(props: {
  value: string;
  onChange: (value: string) => void;
  tree: CategoryTree;
  prefix: string;
  placeholder: string;
}) {
  const popupId = useId();
  const [open, setOpen] = useState(false);
  const [path, setPath] = useState<readonly string[]>([]);
  const columns: { level: number; items: CategoryTree }[] = [{ level: 0, items: props.tree }];
  let node: CategoryTree | null | undefined = props.tree;
  for (const [level, name] of path.entries()) {
    node = node?.[name];
    if (node) columns.push({ level: level + 1, items: node });
  }
  const choose = (level: number, name: string, children: CategoryTree | null) => {
    const next = [...path.slice(0, level), name];
    if (children) setPath(next);
    else {
      props.onChange(next.join(' / '));
      setOpen(false);
    }
  };
  return h(
    'div',
    { className: `${props.prefix}-cascader` },
    h(
      'div',
      {
        role: 'combobox',
        tabIndex: 0,
        'aria-haspopup': 'listbox',
        'aria-expanded': open,
        'aria-controls': popupId,
        className: `${props.prefix}-cascader-select`,
        onClick: () => setOpen(!open),
        onKeyDown: (event: { key: string }) => {
          if (event.key === 'Escape') setOpen(false);
        },
      },
      props.value
        ? h('span', { className: `${props.prefix}-select-value` }, props.value)
        : h('span', { className: `${props.prefix}-select-placeholder` }, props.placeholder),
    ),
    open
      ? h(
          'div',
          { id: popupId, className: `${props.prefix}-cascader-menu-wrapper` },
          columns.map((column) =>
            h(
              'ul',
              { key: column.level, role: 'listbox', className: `${props.prefix}-cascader-menu` },
              Object.entries(column.items).map(([name, children]) =>
                h(
                  'li',
                  {
                    key: name,
                    role: 'option',
                    'aria-selected': path[column.level] === name,
                    className: `${props.prefix}-cascader-menu-item`,
                    onClick: () => choose(column.level, name, children),
                  },
                  name,
                ),
              ),
            ),
          ),
        )
      : null,
  );
}

/**
 * A contenteditable editor (the page keeps the text in state from input events and never
 * writes it back, as rich-text editors in React do).
 */
export function RichText(props: {
  initial: string;
  onChange: (value: string) => void;
  className: string;
  placeholder: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current && props.initial) ref.current.innerText = props.initial;
  }, []);
  return h('div', {
    ref,
    contentEditable: true,
    suppressContentEditableWarning: true,
    role: 'textbox',
    'aria-multiline': true,
    'data-placeholder': props.placeholder,
    className: props.className,
    onInput: (event: { currentTarget: HTMLDivElement }) =>
      props.onChange(event.currentTarget.innerText),
  });
}

/**
 * Photo slots with a visible "add" button and the file input hidden: it reacts only to
 * `change` on that input, makes previews and clears the input (as uploaders do).
 */
export function Uploader(props: {
  photos: ProductFormState['photos'];
  onChange: (photos: ProductFormState['photos']) => void;
  max: number;
  className: string;
  testId?: string;
  addText: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  return h(
    'div',
    { className: props.className, 'data-testid': props.testId },
    props.photos.map((photo, index) =>
      h(
        'div',
        { key: index, className: `${props.className}-item` },
        h('img', { src: photo.url, alt: '' }),
      ),
    ),
    props.photos.length < props.max
      ? h(
          'button',
          {
            type: 'button',
            className: `${props.className}-add`,
            onClick: () => input.current?.click(),
          },
          props.addText,
        )
      : null,
    h('input', {
      ref: input,
      type: 'file',
      accept: 'image/jpeg,image/png',
      multiple: true,
      hidden: true,
      onChange: (event: { target: HTMLInputElement }) => {
        const files = [...(event.target.files ?? [])].slice(0, props.max - props.photos.length);
        props.onChange([
          ...props.photos,
          ...files.map((f) => ({ name: f.name, url: URL.createObjectURL(f), size: f.size })),
        ]);
        event.target.value = '';
      },
    }),
  );
}

/** A group of native radios in labels. */
export function Radios(props: {
  name: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
  className: string;
  testId?: string;
}) {
  return h(
    'div',
    { className: props.className, role: 'radiogroup', 'data-testid': props.testId },
    props.options.map((option) =>
      h(
        'label',
        { key: option, className: `${props.className}-item` },
        h('input', {
          type: 'radio',
          name: props.name,
          value: option,
          checked: props.value === option,
          onChange: () => props.onChange(option),
        }),
        h('span', null, option),
      ),
    ),
  );
}

/** Shows `children` only `delayMs` after `when` turns true, as a lazily loaded section. */
export function Later(props: { when: boolean; delayMs: number; children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!props.when) return undefined;
    const timer = setTimeout(() => setReady(true), props.delayMs);
    return () => clearTimeout(timer);
  }, [props.when]);
  return ready ? h('div', { className: 'lazy-section' }, props.children) : null;
}
