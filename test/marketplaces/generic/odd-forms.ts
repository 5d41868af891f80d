// Product forms of no known marketplace, with labels in odd places, for the generic
// classifier: a table with label cells and distractors ("Harga Coret", "Harga Grosir",
// "Minimum Pemesanan", a shop name, a search box); sibling-div labels, aria-labelledby,
// placeholders only and a contenteditable; an English definition list with a unit beside
// the weight, a look-alike price and stock, a brand combobox and two file inputs.

/** A form and, per listing field, the id of the control that must take it. */
export interface OddForm {
  readonly name: string;
  readonly html: string;
  readonly expected: Readonly<Record<string, string>>;
  /** Ids that must take nothing. */
  readonly untouched: readonly string[];
  /** Runs after the HTML is in the page (scripts of the form). */
  readonly script?: (root: HTMLElement) => void;
}

export const TABLE_FORM: OddForm = {
  name: 'a table with label cells (Indonesian)',
  html: `
<header><input type="search" id="a-search" placeholder="Cari produk di toko"></header>
<form id="a-form">
  <table class="form">
    <tr><td>Nama Toko</td><td><input id="a-shop"></td></tr>
    <tr><td>Nama Produk *</td><td><input id="a-title"></td></tr>
    <tr><td>Kategori</td><td><select id="a-category"><option value="">-- pilih --</option><option value="7">Kerajinan</option><option value="9">Makanan Ringan</option></select></td></tr>
    <tr><td>Harga Coret</td><td><input id="a-strike"></td></tr>
    <tr><td>Harga (Rp)</td><td><input id="a-price"></td></tr>
    <tr><td>Harga Grosir</td><td><input id="a-wholesale"></td></tr>
    <tr><td>Minimum Pemesanan</td><td><input id="a-min-order"></td></tr>
    <tr><td>Stok</td><td><input id="a-stock"></td></tr>
    <tr><td>Berat (gram)</td><td><input id="a-weight"></td></tr>
    <tr><td>Kondisi</td><td id="a-condition"><label><input type="radio" name="kondisi" value="1"> Baru</label> <label><input type="radio" name="kondisi" value="0"> Bekas</label></td></tr>
    <tr><td>Keterangan</td><td><textarea id="a-description"></textarea></td></tr>
    <tr><td>Foto</td><td><input type="file" id="a-photos" accept="image/*" multiple></td></tr>
  </table>
  <button>Simpan</button>
</form>`,
  expected: {
    title: 'a-title',
    category: 'a-category',
    price: 'a-price',
    stock: 'a-stock',
    weight: 'a-weight',
    condition: 'a-condition',
    description: 'a-description',
    images: 'a-photos',
  },
  untouched: ['a-search', 'a-shop', 'a-strike', 'a-wholesale', 'a-min-order'],
};

export const SIBLING_FORM: OddForm = {
  name: 'sibling-div labels, aria-labelledby, placeholders only, a contenteditable',
  html: `
<div class="grid">
  <div class="row"><div class="lbl">Judul</div><div class="val"><input id="b-title"></div></div>
  <div class="row"><span id="b-price-label">Harga jual</span><div><input id="b-price" aria-labelledby="b-price-label"></div></div>
  <div class="row"><div><input id="b-compare" aria-label="Harga sebelum diskon"></div></div>
  <input id="b-stock" placeholder="Jumlah stok">
  <input id="b-sku" placeholder="Kode SKU">
  <div class="row"><div class="lbl">Merk</div><div class="val"><input id="b-brand"></div></div>
  <div class="row"><div class="lbl">Deskripsi</div><div class="val"><div id="b-description" contenteditable="true"></div></div></div>
  <div class="row"><div class="lbl">Ukuran paket (cm)</div><div class="val"><input id="b-length" placeholder="P"><input id="b-width" placeholder="L"><input id="b-height" placeholder="T"></div></div>
  <div class="row"><span>Upload gambar</span> <input type="file" id="b-photos" hidden accept="image/png,image/jpeg" multiple></div>
</div>`,
  expected: {
    title: 'b-title',
    price: 'b-price',
    stock: 'b-stock',
    sku: 'b-sku',
    brand: 'b-brand',
    description: 'b-description',
    length: 'b-length',
    width: 'b-width',
    height: 'b-height',
    images: 'b-photos',
  },
  untouched: ['b-compare'],
};

export const ENGLISH_FORM: OddForm = {
  name: 'an English definition list with units, look-alikes and a brand combobox',
  html: `
<form id="c-form">
  <dl>
    <dt>Product title</dt><dd><input id="c-title"></dd>
    <dt>Compare-at price</dt><dd><input id="c-compare" type="number"></dd>
    <dt>Price</dt><dd><input id="c-price" type="number"></dd>
    <dt>Stock alert threshold</dt><dd><input id="c-alert" type="number"></dd>
    <dt>Quantity</dt><dd><input id="c-quantity" type="number"></dd>
    <dt>Weight</dt><dd><input id="c-weight"> <span>kg</span></dd>
    <dt>Condition</dt><dd><select id="c-condition"><option value="">Choose</option><option value="n">New</option><option value="u">Used</option></select></dd>
    <dt>Brand</dt><dd><input id="c-brand" role="combobox" aria-controls="c-brands" aria-expanded="false"><ul id="c-brands" role="listbox"></ul></dd>
    <dt>Description</dt><dd><textarea id="c-description"></textarea></dd>
  </dl>
  <label for="c-logo">Shop logo</label><input type="file" id="c-logo" accept="image/*">
  <label for="c-images">Product images</label><input type="file" id="c-images" accept="image/*" multiple>
  <input type="submit" value="Publish">
</form>`,
  expected: {
    title: 'c-title',
    price: 'c-price',
    stock: 'c-quantity',
    weight: 'c-weight',
    condition: 'c-condition',
    brand: 'c-brand',
    description: 'c-description',
    images: 'c-images',
  },
  untouched: ['c-compare', 'c-alert', 'c-logo'],
  script: (root) => {
    // Brand suggestions arrive 100 ms after typing, as from a server.
    const input = root.querySelector<HTMLInputElement>('#c-brand')!;
    const list = root.querySelector<HTMLUListElement>('#c-brands')!;
    input.addEventListener('input', () => {
      setTimeout(() => {
        list.replaceChildren();
        for (const brand of ['Sari Rasa', 'Sari Roti', 'Sasa'].filter((b) =>
          b.toLowerCase().startsWith(input.value.toLowerCase().slice(0, 2)),
        )) {
          const option = document.createElement('li');
          option.setAttribute('role', 'option');
          option.textContent = brand;
          option.addEventListener('click', () => {
            input.value = brand;
            list.replaceChildren();
          });
          list.append(option);
        }
      }, 100);
    });
  },
};

export const SHOP_ADMIN_FORM: OddForm = {
  name: 'a shop admin in English: regular and sale price, weight (kg) in the label, dimensions under one label',
  html: `
<form id="post">
  <div id="titlediv"><input id="w-title" name="post_title" placeholder="Product name"></div>
  <h2>Product description</h2>
  <div class="wp-editor-container"><textarea id="w-description" name="content"></textarea></div>
  <div class="options_group pricing">
    <p class="form-field"><label for="w-regular">Regular price (Rp)</label><input id="w-regular" name="_regular_price"></p>
    <p class="form-field"><label for="w-sale">Sale price (Rp)</label><input id="w-sale" name="_sale_price"> <a href="#">Schedule</a></p>
  </div>
  <p class="form-field"><label for="w-sku">SKU</label><input id="w-sku" name="_sku"></p>
  <p class="form-field"><label for="w-stock">Stock quantity</label><input id="w-stock" name="_stock" type="number"></p>
  <p class="form-field"><label for="w-low">Low stock threshold</label><input id="w-low" name="_low_stock_amount" type="number"></p>
  <p class="form-field"><label for="w-weight">Weight (kg)</label><input id="w-weight" name="_weight" placeholder="0"></p>
  <p class="form-field"><label for="w-length">Dimensions (cm)</label><span class="wrap"><input id="w-length" placeholder="Length"><input id="w-width" placeholder="Width"><input id="w-height" placeholder="Height"></span></p>
  <p class="form-field"><label for="w-excerpt">Product short description</label><textarea id="w-excerpt"></textarea></p>
  <input type="submit" value="Publish">
</form>`,
  expected: {
    title: 'w-title',
    description: 'w-description',
    price: 'w-regular',
    stock: 'w-stock',
    sku: 'w-sku',
    weight: 'w-weight',
    length: 'w-length',
    width: 'w-width',
    height: 'w-height',
  },
  untouched: ['w-sale', 'w-low', 'w-excerpt'],
};

export const COMPONENT_FORM: OddForm = {
  name: 'a component-library form: labels pointing nowhere, hints and "Rp" before inputs, units after',
  html: `
<form class="el-form">
  <div class="el-form-item"><label class="el-form-item__label" for="nama">Nama Produk</label><div class="el-form-item__content"><p class="tip">Gunakan nama yang jelas, maks. 70 karakter</p><div class="el-input"><input class="el-input__inner" id="e-title"></div></div></div>
  <div class="el-form-item"><label class="el-form-item__label" for="harga">Harga</label><div class="el-form-item__content"><div class="el-input-group"><div class="el-input-group__prepend">Rp</div><input class="el-input__inner" id="e-price"></div></div></div>
  <div class="el-form-item"><label class="el-form-item__label">Harga Promo</label><div class="el-form-item__content"><div class="el-input-group"><div class="el-input-group__prepend">Rp</div><input class="el-input__inner" id="e-promo"></div></div></div>
  <div class="el-form-item"><label class="el-form-item__label">Jumlah</label><div class="el-form-item__content"><input class="el-input__inner" id="e-stock"> <span>pcs</span></div></div>
  <div class="el-form-item"><label class="el-form-item__label">Berat Satuan</label><div class="el-form-item__content"><div class="el-input-group"><input class="el-input__inner" id="e-weight"><div class="el-input-group__append">gram</div></div></div></div>
  <div class="el-form-item"><label class="el-form-item__label">Deskripsi Singkat</label><div class="el-form-item__content"><input class="el-input__inner" id="e-short"></div></div>
  <div class="el-form-item"><label class="el-form-item__label">Deskripsi Lengkap</label><div class="el-form-item__content"><textarea class="el-textarea__inner" id="e-description"></textarea></div></div>
</form>`,
  expected: {
    title: 'e-title',
    description: 'e-description',
    price: 'e-price',
    stock: 'e-stock',
    weight: 'e-weight',
  },
  untouched: ['e-promo', 'e-short'],
};

/** Every odd form. */
export const ODD_FORMS: readonly OddForm[] = [
  TABLE_FORM,
  SIBLING_FORM,
  ENGLISH_FORM,
  SHOP_ADMIN_FORM,
  COMPONENT_FORM,
];

/**
 * A form that fights back: the title clears itself 20 ms after every input; the price is
 * re-rendered (replaced by an empty copy) once after its first input.
 */
export function mountHostileForm(container: HTMLElement): void {
  container.innerHTML = `
<form id="d-form">
  <label for="d-title">Nama Produk</label><input id="d-title">
  <div class="price"><label for="d-price">Harga</label><input id="d-price"></div>
  <label for="d-stock">Stok</label><input id="d-stock">
</form>`;
  const title = container.querySelector<HTMLInputElement>('#d-title')!;
  title.addEventListener('input', () => setTimeout(() => (title.value = ''), 20));
  const price = container.querySelector<HTMLInputElement>('#d-price')!;
  price.addEventListener(
    'input',
    () =>
      setTimeout(() => {
        const copy = price.cloneNode() as HTMLInputElement;
        copy.value = '';
        price.replaceWith(copy);
      }, 20),
    { once: true },
  );
}

/**
 * A category picker that is a `<button>` with no type inside a form (so pressing it would
 * submit), whose options never fit the listing's category.
 */
export function mountTrapForm(container: HTMLElement): { submitsSeen: () => number } {
  container.innerHTML = `
<form id="e-form">
  <label for="e-title">Nama Produk</label><input id="e-title">
  <span id="e-category-label">Kategori</span>
  <button id="e-category" aria-haspopup="listbox" aria-labelledby="e-category-label" aria-controls="e-category-list">Pilih</button>
  <ul id="e-category-list" role="listbox" hidden><li role="option">Otomotif</li><li role="option">Elektronik</li></ul>
  <button id="e-save">Simpan</button>
</form>`;
  const form = container.querySelector<HTMLFormElement>('#e-form')!;
  const list = container.querySelector<HTMLUListElement>('#e-category-list')!;
  container.querySelector('#e-category')!.addEventListener('click', () => (list.hidden = false));
  let submits = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits++;
  });
  return { submitsSeen: () => submits };
}

/**
 * An older kind of form: an editor in an iframe behind a toolbar, one file input per photo
 * slot, and a category search that knows only top-level names.
 */
export function mountSlotForm(container: HTMLElement): void {
  container.innerHTML = `
<form id="f-form">
  <label for="f-title">Nama Produk</label><input id="f-title">
  <div class="f-label">Deskripsi</div>
  <div class="editor"><div class="toolbar"><button type="button">B</button><button type="button">I</button><span>Paragraf</span></div><iframe id="f-editor" title="Rich Text Area"></iframe></div>
  <div class="f-label">Foto Produk</div>
  <div class="slots">
    <label class="slot">Foto 1 <input type="file" id="f-photo-1" accept="image/*"></label>
    <label class="slot">Foto 2 <input type="file" id="f-photo-2" accept="image/*"></label>
    <label class="slot">Foto 3 <input type="file" id="f-photo-3" accept="image/*"></label>
  </div>
  <label for="f-category">Kategori</label>
  <input id="f-category" role="combobox" aria-controls="f-categories" aria-autocomplete="list">
  <ul id="f-categories" role="listbox"></ul>
</form>`;
  const frame = container.querySelector<HTMLIFrameElement>('#f-editor')!;
  frame.contentDocument!.body.contentEditable = 'true';
  const input = container.querySelector<HTMLInputElement>('#f-category')!;
  const list = container.querySelector<HTMLUListElement>('#f-categories')!;
  input.addEventListener('input', () => {
    list.replaceChildren();
    const typed = input.value.toLowerCase();
    for (const name of ['Camilan', 'Kerajinan', 'Minuman'].filter(
      (n) => typed && n.toLowerCase().includes(typed),
    )) {
      const option = document.createElement('li');
      option.setAttribute('role', 'option');
      option.textContent = name;
      option.addEventListener('click', () => {
        input.value = name;
        list.replaceChildren();
      });
      list.append(option);
    }
  });
}
