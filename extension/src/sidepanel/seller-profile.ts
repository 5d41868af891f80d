import { Seller, normalizeWhatsapp, findRegion } from '@etalase/catalog';
import browser from 'webextension-polyfill';

const KEY = 'seller-profile';

/** What the seller tells about her shop once, for the catalog she exports. */
export interface SellerProfileInput {
  readonly name: string;
  readonly whatsapp: string;
  readonly regionCode: string;
}

/** The saved profile, as the form shows it. */
export async function loadProfile(): Promise<SellerProfileInput> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as
    Partial<SellerProfileInput> | undefined;
  return {
    name: stored?.name ?? '',
    whatsapp: stored?.whatsapp ?? '',
    regionCode: stored?.regionCode ?? '',
  };
}

/** Saves the profile as typed (nothing she typed is lost, valid or not). */
export async function saveProfile(profile: SellerProfileInput): Promise<void> {
  await browser.storage.local.set({ [KEY]: profile });
}

/** The profile as a catalog `Seller`, or the field that stops it. */
export function profileToSeller(
  profile: SellerProfileInput,
): { success: true; seller: Seller } | { success: false; field: 'name' | 'whatsapp' | 'region' } {
  if (!profile.name.trim()) return { success: false, field: 'name' };
  const whatsapp = profile.whatsapp.trim() ? normalizeWhatsapp(profile.whatsapp) : undefined;
  if (profile.whatsapp.trim() && !whatsapp) return { success: false, field: 'whatsapp' };
  const region = profile.regionCode.trim() ? findRegion(profile.regionCode.trim()) : undefined;
  if (profile.regionCode.trim() && !region) return { success: false, field: 'region' };
  const id =
    profile.name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'toko';
  const parsed = Seller.safeParse({
    id,
    name: profile.name.trim(),
    ...(whatsapp ? { whatsapp } : {}),
    ...(region ? { region: { code: region.code, name: region.name } } : {}),
  });
  return parsed.success
    ? { success: true, seller: parsed.data }
    : { success: false, field: 'name' };
}
