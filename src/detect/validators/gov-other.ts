import type { ValidatorTable } from './types.js';
import { digitsOnly } from '../checksums/digits.js';
import { verhoeffValid } from '../checksums/verhoeff.js';
import { fiHetuValid } from '../checksums/fi.js';
import { itFiscalCodeCheck, itVatValid } from '../checksums/it.js';
import { esNieValid, esNifValid } from '../checksums/es.js';
import { peselValid } from '../checksums/pl.js';
import { seOrganisationsnummerValid, sePersonnummerValid } from '../checksums/se.js';
import { krBrnValid, krDriverLicenseValid, krFrnCheck, krRrnCheck } from '../checksums/kr.js';
import { sgNricValid, sgUenValid } from '../checksums/sg.js';
import { thTninValid } from '../checksums/th.js';
import { trKimlikValid, trPlateProvinceValid } from '../checksums/tr.js';
import { zaIdValid } from '../checksums/za.js';
import { phTinValid } from '../checksums/ph.js';

/** True when `s` holds an ASCII lower-case letter. */
function hasLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * Validators used by patterns/gov-other.json (Finland, Italy, Spain, Poland, Sweden, Korea,
 * Singapore, Thailand, Turkey, South Africa, Nigeria, the Philippines).
 */
export const govOtherValidators: ValidatorTable = {
  /**
   * Shapes without a checksum whose lower-case forms prose produces ("at 1234567", "and 123rd"):
   * written in capitals they are likelier real (`true`) than in lower case (`null`).
   */
  gov_other_uppercase: (v) => (hasLowerCase(v) ? null : true),
  fi_hetu: (v) => fiHetuValid(v),
  it_fiscal_code: (v) => itFiscalCodeCheck(v),
  it_vat_code: (v) => itVatValid(v),
  es_nif: (v) => esNifValid(v),
  es_nie: (v) => esNieValid(v),
  pl_pesel: (v) => peselValid(v),
  se_personnummer: (v) => sePersonnummerValid(v),
  se_organisationsnummer: (v) => seOrganisationsnummerValid(v),
  kr_rrn: (v) => krRrnCheck(v),
  kr_frn: (v) => krFrnCheck(v),
  kr_brn: (v) => krBrnValid(v),
  kr_driver_license: (v) => krDriverLicenseValid(v),
  sg_nric: (v) => (sgNricValid(v) ? true : null),
  sg_uen: (v) => sgUenValid(v),
  th_tnin: (v) => thTninValid(v),
  tr_national_id: (v) => trKimlikValid(v),
  /** Province 01-81 (else dropped); upper-case letters confirm, lower-case keeps the base score. */
  tr_license_plate: (v) => (trPlateProvinceValid(v) === false ? false : hasLowerCase(v) ? null : true),
  za_id_number: (v) => zaIdValid(v),
  ng_nin: (v) => {
    const d = digitsOnly(v);
    return d.length === 11 && verhoeffValid(d);
  },
  ph_tin: (v) => phTinValid(v),
};
